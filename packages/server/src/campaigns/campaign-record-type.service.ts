import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, conflict } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { checkValue } from './campaign-custom-fields';
import { CampaignRecordType, CustomFieldType, type CustomFieldDefinition } from './campaign-record-type.entity';
import { campaignRecordTypeList, MAX_PICKLIST_OPTIONS, type CustomFieldDefinitionInput } from './campaign-record-type.types';

/** A lowerCamel identifier: the key of the value in Campaign.customFields. */
const FIELD_NAME = /^[a-z][a-zA-Z0-9]{0,39}$/;

/** Checks and tidies a list of field definitions; errors name `fieldDefinitions.<index>.<property>`. */
export function normalizeDefinitions(input: CustomFieldDefinitionInput[]): CustomFieldDefinition[] {
  const seen = new Map<string, number>();
  return input.map((d, i) => {
    const at = (p: string) => `fieldDefinitions.${i}.${p}`;
    const name = (d.name ?? '').trim();
    if (!FIELD_NAME.test(name)) {
      throw badInput(at('name'), `"${d.name}" is not a lowerCamel identifier: a letter a-z, then letters and digits, at most 40 characters`);
    }
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) throw badInput(at('name'), `The name ${name} is already used by fieldDefinitions.${earlier}`);
    seen.set(name.toLowerCase(), i);
    const label = (d.label ?? '').trim();
    if (!label || label.length > 80) throw badInput(at('label'), 'label must be 1 to 80 characters');
    const base = { name, label, type: d.type, required: d.required ?? false };
    if (d.type !== CustomFieldType.PICKLIST) {
      if (d.options?.length) throw badInput(at('options'), 'Only PICKLIST fields have options');
      return { ...base, options: null };
    }
    const options = (d.options ?? []).map((o) => o.trim());
    if (!options.length) throw badInput(at('options'), 'A PICKLIST field needs at least one option');
    if (options.length > MAX_PICKLIST_OPTIONS) throw badInput(at('options'), `A PICKLIST has at most ${MAX_PICKLIST_OPTIONS} options`);
    if (options.some((o) => !o || o.length > 255)) throw badInput(at('options'), 'Options are 1 to 255 characters');
    if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) throw badInput(at('options'), 'Options must be unique (case-insensitive)');
    return { ...base, options };
  });
}

const sameOptions = (a?: string[] | null, b?: string[] | null) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Campaign record types: setup data that admins manage; everyone in the organisation reads them.
 * Every write locks the record type, and campaign writes lock it for share while they validate
 * their values, so definitions never change under a campaign write.
 */
export class CampaignRecordTypeService extends CrudService<CampaignRecordType> {
  readonly entity = CampaignRecordType;
  readonly list = campaignRecordTypeList;
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN] as const;
  private readonly before = new WeakMap<CampaignRecordType, CustomFieldDefinition[]>();

  protected async applyInput(ctx: RequestContext, row: CampaignRecordType, input: Record<string, unknown>, isNew: boolean) {
    this.before.set(row, isNew ? [] : (row.fieldDefinitions ?? []));
    await super.applyInput(ctx, row, input, isNew);
  }

  protected async apply(ctx: RequestContext, row: CampaignRecordType, input: Record<string, unknown>, isNew: boolean) {
    for (const k of ['name', 'isActive', 'fieldDefinitions']) if (input[k] === null) throw badInput(k, `${k} cannot be blank`);
    row.name = row.name?.trim();
    if (!row.name) throw badInput('name', 'name is required');
    if (isNew) {
      row.isActive ??= true;
      row.description ??= null;
    }
    const given = input.fieldDefinitions as CustomFieldDefinitionInput[] | undefined;
    row.fieldDefinitions = given !== undefined ? normalizeDefinitions(given) : (row.fieldDefinitions ?? []);
    const taken = await ctx.em
      .getRepository(CampaignRecordType)
      .createQueryBuilder('r')
      .where('r."orgId" = :orgId AND lower(r.name) = lower(:name) AND r.id IS DISTINCT FROM :id', { orgId: ctx.orgId, name: row.name, id: row.id ?? null })
      .getExists();
    if (taken) throw conflict('name', `A campaign record type named "${row.name}" already exists`);
    if (!isNew && given !== undefined) await this.checkKeptValues(ctx, row, this.before.get(row)!);
  }

  /** A field whose type or options change must still accept every value campaigns hold. */
  private async checkKeptValues(ctx: RequestContext, row: CampaignRecordType, before: CustomFieldDefinition[]) {
    const changed = row.fieldDefinitions
      .map((def, index) => ({ def, index, old: before.find((o) => o.name === def.name) }))
      .filter(({ def, old }) => old && (old.type !== def.type || !sameOptions(old.options, def.options)));
    if (!changed.length) return;
    const campaigns: Array<{ name: string; customFields: Record<string, unknown> }> = await ctx.em.query(
      `SELECT name, "customFields" FROM campaign WHERE "recordTypeId" = $1 AND "customFields" ?| $2::text[] ORDER BY name, id`,
      [row.id, changed.map((c) => c.def.name)],
    );
    for (const { def, index, old } of changed) {
      const bad = campaigns.filter((c) => 'problem' in checkValue(def, c.customFields[def.name]));
      if (!bad.length) continue;
      const field = `fieldDefinitions.${index}.${old!.type !== def.type ? 'type' : 'options'}`;
      throw badInput(field, `${bad.length} campaign(s) hold ${def.name} values the new definition refuses (e.g. "${bad[0].name}": ${JSON.stringify(bad[0].customFields[def.name])}): change or clear them first`);
    }
  }

  /** Values of removed fields go with them (one statement). */
  protected async afterSave(ctx: RequestContext, row: CampaignRecordType, isNew: boolean) {
    if (isNew) return;
    const kept = new Set(row.fieldDefinitions.map((d) => d.name));
    const removed = this.before.get(row)!.map((d) => d.name).filter((n) => !kept.has(n));
    if (!removed.length) return;
    await ctx.em.query(
      `UPDATE campaign SET "customFields" = "customFields" - $2::text[], "lastModifiedDate" = now() WHERE "recordTypeId" = $1 AND "customFields" ?| $2::text[]`,
      [row.id, removed],
    );
  }

  protected async beforeDelete(ctx: RequestContext, row: CampaignRecordType) {
    const [{ n }] = await ctx.em.query(`SELECT count(*)::int AS n FROM campaign WHERE "recordTypeId" = $1`, [row.id]);
    if (n) throw conflict('id', `${n} campaign(s) use this record type: give them another record type first, or make it inactive`);
  }
}

export const campaignRecordTypeService = new CampaignRecordTypeService();
