import { Field, ObjectType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { assertId, badInput } from '../common/errors';
import { JSONScalar } from '../common/scalars';
import { CampaignRecordType, CustomFieldType, type CustomFieldDefinition } from './campaign-record-type.entity';
import type { Campaign } from './campaign.entity';

export type CustomValues = Record<string, unknown>;

/** Longest STRING value (as a Salesforce text field). */
export const MAX_STRING_VALUE = 255;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written "YYYY-MM-DD". */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number(m[1]) >= 1000 && d.toISOString().slice(0, 10) === s;
}

/**
 * One value against its definition: the value to store (null: no value; blank strings count as
 * none, picklist values take the option's spelling) or the problem.
 */
export function checkValue(def: CustomFieldDefinition, value: unknown): { value: unknown } | { problem: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' && !value.trim() && def.type !== CustomFieldType.BOOLEAN) return { value: null };
  switch (def.type) {
    case CustomFieldType.STRING:
      if (typeof value !== 'string') return { problem: `${def.label} must be text` };
      if (value.trim().length > MAX_STRING_VALUE) return { problem: `${def.label} is limited to ${MAX_STRING_VALUE} characters` };
      return { value: value.trim() };
    case CustomFieldType.NUMBER:
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { problem: `${def.label} must be a number` };
    case CustomFieldType.BOOLEAN:
      return typeof value === 'boolean' ? { value } : { problem: `${def.label} must be true or false` };
    case CustomFieldType.DATE:
      return typeof value === 'string' && isCalendarDate(value.trim()) ? { value: value.trim() } : { problem: `${def.label} must be a date written YYYY-MM-DD` };
    case CustomFieldType.PICKLIST: {
      const option = typeof value === 'string' ? def.options?.find((o) => o.toLowerCase() === value.trim().toLowerCase()) : undefined;
      return option !== undefined ? { value: option } : { problem: `${def.label} must be one of: ${(def.options ?? []).join(', ')}` };
    }
    default:
      return { problem: `${def.label} has an unknown type` };
  }
}

/**
 * The whole set of custom values of a campaign against its record type's definitions: a JSON
 * object, only defined keys, required ones present, every value of its type. Errors name the
 * field as `customFields.<name>`. Returns the values to store, in definition order.
 */
export function validateCustomFields(defs: CustomFieldDefinition[], values: unknown, hasRecordType: boolean): CustomValues {
  if (values === null || values === undefined) values = {};
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw badInput('customFields', 'customFields must be a JSON object of custom field names and values');
  }
  const given = values as CustomValues;
  const names = new Set(defs.map((d) => d.name));
  for (const key of Object.keys(given)) {
    if (names.has(key) || given[key] === null) continue;
    const known = defs.length ? `the record type defines: ${defs.map((d) => d.name).join(', ')}` : 'the record type defines no custom fields';
    throw badInput(`customFields.${key}`, `Unknown custom field ${key}: ${hasRecordType ? known : 'give the campaign a record type first'}`);
  }
  const out: CustomValues = {};
  for (const def of defs) {
    const r = checkValue(def, given[def.name]);
    if ('problem' in r) throw badInput(`customFields.${def.name}`, r.problem);
    if (r.value === null) {
      if (def.required) throw badInput(`customFields.${def.name}`, `${def.label} is required by the record type`);
      continue;
    }
    out[def.name] = r.value;
  }
  return out;
}

/**
 * Locks a record type of the caller's org FOR SHARE: campaign writes hold it while they validate,
 * record-type writes (FOR UPDATE) wait. Campaign writes take it before the campaign row, the
 * order record-type writes use (record type, then its campaigns), so the two cannot deadlock.
 */
export function shareLockRecordType(ctx: RequestContext, id: string): Promise<CampaignRecordType | null> {
  return ctx.em
    .getRepository(CampaignRecordType)
    .createQueryBuilder('r')
    .where('r.id = :id AND r."orgId" = :orgId', { id: assertId(id, 'recordTypeId'), orgId: ctx.orgId })
    .setLock('pessimistic_read')
    .getOne();
}

/**
 * Campaign writes: checks the record type (locked FOR SHARE, so its definitions cannot change
 * meanwhile) and validates the custom values on every write. A new record type keeps the values
 * of the fields it also defines unless `customFields` is given.
 */
export async function applyCustomFields(ctx: RequestContext, row: Campaign, input: Record<string, unknown>, previousRecordTypeId: string | null): Promise<void> {
  const changed = (row.recordTypeId ?? null) !== previousRecordTypeId;
  let recordType: CampaignRecordType | null = null;
  if (row.recordTypeId) {
    recordType = await shareLockRecordType(ctx, row.recordTypeId);
    if (!recordType) throw badInput('recordTypeId', `recordTypeId: no CampaignRecordType with id ${row.recordTypeId}`);
    if (changed && !recordType.isActive) throw badInput('recordTypeId', `The record type ${recordType.name} is inactive`);
  }
  const defs = recordType?.fieldDefinitions ?? [];
  let values = input.customFields !== undefined ? input.customFields : row.customFields;
  if (input.customFields === undefined && changed && values && typeof values === 'object') {
    const names = new Set(defs.map((d) => d.name));
    values = Object.fromEntries(Object.entries(values).filter(([k]) => names.has(k)));
  }
  row.customFields = validateCustomFields(defs, values, !!recordType);
}

@ObjectType({ description: "A custom field of a campaign's record type with this campaign's value." })
export class CustomFieldValue {
  @Field() name: string;
  @Field() label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field(() => JSONScalar, { nullable: true, description: 'The value as stored: string, number, boolean or "YYYY-MM-DD"; null when unset.' }) value: unknown;
  @Field(() => String, { nullable: true, description: 'The value as text, for display.' }) stringValue: string | null;
}

/** Every field the record type defines, in definition order, with the campaign's value (or null). */
export function customFieldValues(defs: CustomFieldDefinition[], values: CustomValues | null | undefined): CustomFieldValue[] {
  return defs.map((d) => {
    const value = values?.[d.name] ?? null;
    return { name: d.name, label: d.label, type: d.type, value, stringValue: value === null ? null : String(value) };
  });
}
