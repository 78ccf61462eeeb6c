import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../api/request-context';
import { notifyAccountsBulkSaved } from '../accounts/account-save-listeners';
import { forbidden } from '../common/errors';
import type { User } from '../identity/user.entity';
import { UserRole } from '../identity/user-role';
import { recordHistory } from '../history/field-history';
import { unreadAfterWrite } from '../sales/lead.service';
import { applyStage } from '../sales/opportunity-stage-rules';
import { assertPicklistValues, orgLeadStatuses, orgStages } from '../sales/picklists';
import { ruleViolations } from '../validation/validation-rules';
import { bulkFields, type BulkField } from './bulk-fields';
import type { BulkObject } from './bulk-objects';
import { BulkMode, BulkResult, type RowError, type RowErrorCode } from './bulk.types';

type Rec = Record<string, unknown>;

/** One row of a mass update or import: an existing record (before) or a new one (before null). */
export interface Candidate {
  row: number;
  id: string | null;
  before: Rec | null;
  /** Fields to set, already coerced; absent fields keep their value. */
  values: Rec;
  /** The version the caller read (optimistic concurrency), when given. */
  expectedVersion?: number | null;
  errors: RowError[];
  after?: Rec;
}

const SYSTEM = new Set(['id', 'orgId', 'createdDate', 'lastModifiedDate', 'version']);

export const rowError = (c: Pick<Candidate, 'row' | 'id'>, field: string | null, code: RowErrorCode, message: string): RowError => ({ row: c.row, id: c.id, field, code, message });

/** The caller's role may write the object at all (CrudService.writeRoles). */
export function assertWriteRole(ctx: RequestContext, obj: BulkObject) {
  const roles = obj.service.writeRoles;
  if (roles && !roles.includes(ctx.user.role)) throw forbidden(`Your role cannot change ${obj.name} records`);
}

/** Whether the caller may edit a record with this owner (CrudService.loadForWrite). */
export async function editableBy(ctx: RequestContext): Promise<(ownerId: unknown) => boolean> {
  if (ctx.seesWholeOrg) return () => true;
  const team = await ctx.loaders.teamIds();
  return (ownerId) => team.has(ownerId as string);
}

/**
 * Evaluates every row in JS against the rules a single write applies: editability, version,
 * references and owners (one lookup per reference type), derived fields (stage, name, status),
 * required fields, externalId uniqueness and the org's validation rules (one call for all rows).
 */
export async function evaluate(ctx: RequestContext, obj: BulkObject, rows: Candidate[]): Promise<void> {
  const fields = bulkFields(ctx.dataSource, obj);
  const canEdit = await editableBy(ctx);
  const live = () => rows.filter((c) => !c.errors.length);
  for (const c of live()) {
    if (c.before && !canEdit(c.before.ownerId)) c.errors.push(rowError(c, 'id', 'FORBIDDEN', `You cannot change this ${obj.name}`));
    else if (c.before && c.expectedVersion != null && fields.has('version') && Number(c.before.version) !== c.expectedVersion) {
      c.errors.push(rowError(c, 'version', 'CONFLICT', `Someone changed this ${obj.name} since you read it (version ${c.expectedVersion}, now ${c.before.version})`));
    }
  }
  await checkReferences(ctx, obj, live(), canEdit);
  const stages = obj.name === 'Opportunity' ? await orgStages(ctx) : [];
  const statuses = obj.name === 'Lead' ? await orgLeadStatuses(ctx) : [];
  for (const c of live()) {
    const after: Rec = c.before ? { ...c.before } : newRecord(ctx, fields);
    for (const [k, v] of Object.entries(c.values)) if (v !== undefined) after[k] = v;
    try {
      derive(ctx, obj, c, after, stages, statuses);
      await assertPicklistValues(ctx, c.values, obj.name);
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      c.errors.push(rowError(c, (e.extensions.field as string) ?? null, (e.extensions.code as RowErrorCode) ?? 'BAD_USER_INPUT', e.message));
      continue;
    }
    for (const f of obj.required) if (after[f] == null || after[f] === '') c.errors.push(rowError(c, f, 'BAD_USER_INPUT', `${f} is required`));
    c.after = after;
  }
  await checkExternalIds(ctx, obj, live());
  const valid = live();
  const violations = await ruleViolations(ctx, obj.name, valid.map((c) => ({ before: c.before, after: c.after! })));
  for (const v of violations) {
    const c = valid[v.index];
    if (c) c.errors.push(rowError(c, v.field, 'BAD_USER_INPUT', v.message));
  }
}

function newRecord(ctx: RequestContext, fields: Map<string, BulkField>): Rec {
  const r: Rec = { ownerId: ctx.user.id };
  for (const f of fields.values()) if (f.kind === 'boolean') r[f.name] = false;
  return r;
}

/** The object's own derived fields and rules (as its CrudService.apply); throws GraphQL errors. */
function derive(ctx: RequestContext, obj: BulkObject, c: Candidate, after: Rec, stages: Awaited<ReturnType<typeof orgStages>>, statuses: Awaited<ReturnType<typeof orgLeadStatuses>>) {
  const isNew = !c.before;
  const fail = (field: string, message: string, code: RowErrorCode = 'BAD_USER_INPUT') => {
    throw new GraphQLError(message, { extensions: { code, field } });
  };
  switch (obj.name) {
    case 'Opportunity':
      if (after.stageName) applyStage(after as never, c.values, stages, isNew, c.before?.stageName as string | undefined);
      break;
    case 'Lead': {
      if (!isNew && after.isConverted && ctx.user.role !== UserRole.ADMIN) fail('id', 'A converted lead cannot be changed', 'FORBIDDEN');
      after.name = [after.firstName, after.lastName].filter(Boolean).join(' ');
      after.isUnreadByOwner = unreadAfterWrite(ctx.user.id, after.ownerId as string, (c.before?.ownerId as string) ?? null, Boolean(c.before?.isUnreadByOwner));
      if (isNew && after.status == null) after.status = statuses.find((s) => s.isDefault)?.apiName ?? fail('status', 'The organisation has no default lead status');
      else if (c.values.status !== undefined) {
        const s = statuses.find((x) => x.apiName === c.values.status);
        if (!s) fail('status', `"${c.values.status}" is not a lead status`);
        else if (s.isConverted !== Boolean(after.isConverted)) fail('status', s.isConverted ? 'Converted statuses are set by convertLead' : 'A converted lead keeps a converted status');
      }
      break;
    }
    case 'Contact':
      after.name = [after.firstName, after.lastName].filter(Boolean).join(' ');
      break;
    case 'Account':
      if (after.isPersonAccount && c.values.name !== undefined) fail('name', "A person account's name comes from its first and last name");
      if (c.values.parentId && c.values.parentId === c.id) fail('parentId', 'A record cannot be its own parent');
      break;
  }
}

/** Referenced records must exist and be visible; owners active and within the caller's team. */
async function checkReferences(ctx: RequestContext, obj: BulkObject, rows: Candidate[], canEdit: (ownerId: unknown) => boolean) {
  for (const [field, ref] of Object.entries(obj.refs)) {
    const ids = [...new Set(rows.map((c) => c.values[field]).filter((v): v is string => typeof v === 'string'))];
    if (!ids.length) continue;
    const found = await ctx.loaders.byId(ref.entity, ref.access).loadMany(ids);
    const byId = new Map(ids.map((id, i) => [id, found[i] instanceof Error ? null : (found[i] as Rec | null)]));
    for (const c of rows) {
      const id = c.values[field];
      if (typeof id !== 'string') continue;
      const target = byId.get(id);
      if (!target) c.errors.push(rowError(c, field, 'BAD_USER_INPUT', `${field}: no ${ref.entity.name} with id ${id}`));
      else if (field === 'ownerId' && !(target as unknown as User).isActive) c.errors.push(rowError(c, field, 'BAD_USER_INPUT', 'The owner must be an active user'));
      else if (field === 'ownerId' && !canEdit(id)) c.errors.push(rowError(c, field, 'FORBIDDEN', 'You can only assign records to yourself or your team'));
    }
  }
}

/** externalId stays unique per org: within the rows and against other records (one lookup). */
async function checkExternalIds(ctx: RequestContext, obj: BulkObject, rows: Candidate[]) {
  const setting = rows.filter((c) => c.values.externalId != null && c.values.externalId !== c.before?.externalId);
  if (!setting.length) return;
  const first = new Map<string, Candidate>();
  for (const c of setting) {
    const key = String(c.values.externalId);
    const earlier = first.get(key);
    if (earlier) c.errors.push(rowError(c, 'externalId', 'CONFLICT', `Row ${earlier.row} already uses the externalId "${key}"`));
    else first.set(key, c);
  }
  const taken: Array<{ id: string; externalId: string }> = await ctx.em.query(
    `SELECT id, "externalId" FROM "${obj.table}" WHERE "orgId" = $1 AND "externalId" IN (SELECT unnest($2::text[]))`,
    [ctx.orgId, [...first.keys()]],
  );
  const movingAway = new Set(rows.filter((c) => c.id && c.values.externalId !== undefined && c.values.externalId !== c.before?.externalId).map((c) => c.id));
  for (const t of taken) {
    const c = first.get(t.externalId);
    if (c && t.id !== c.id && !movingAway.has(t.id)) c.errors.push(rowError(c, 'externalId', 'CONFLICT', `The externalId "${t.externalId}" is already used by ${obj.name} ${t.id}`));
  }
}

/** Writes the valid rows: one UPDATE for existing records, one INSERT for new ones, history in one insert. */
export async function write(ctx: RequestContext, obj: BulkObject, rows: Candidate[]): Promise<void> {
  const fields = bulkFields(ctx.dataSource, obj);
  const writable = [...fields.values()].filter((f) => !SYSTEM.has(f.name));
  const updates = rows.filter((c) => c.before);
  const changed = writable.filter((f) => updates.some((c) => !same(c.before![f.name], c.after![f.name])));
  const recordset = (cols: BulkField[]) => ['id uuid', ...cols.map((f) => `"${f.name}" ${f.sqlType}`)].join(', ');
  const json = (list: Candidate[], cols: BulkField[]) => JSON.stringify(list.map((c) => Object.fromEntries([['id', c.id], ...cols.map((f) => [f.name, c.after![f.name] ?? null])])));
  if (updates.length && changed.length) {
    const version = fields.has('version') ? `, "version" = t."version" + 1` : '';
    await ctx.em.query(
      `UPDATE "${obj.table}" t SET ${changed.map((f) => `"${f.name}" = u."${f.name}"`).join(', ')}, "lastModifiedDate" = now()${version}
       FROM jsonb_to_recordset($1::jsonb) AS u(${recordset(changed)}) WHERE t.id = u.id AND t."orgId" = $2`,
      [json(updates, changed), ctx.orgId],
    );
  }
  // A person account's own contact keeps its owner (AccountService.syncPersonContact).
  if (obj.name === 'Account' && changed.some((f) => f.name === 'ownerId')) {
    await ctx.em.query(
      `UPDATE contact c SET "ownerId" = a."ownerId", "lastModifiedDate" = now(), "version" = c."version" + 1 FROM account a
       WHERE a.id = ANY($1::uuid[]) AND a."isPersonAccount" AND c.id = a."personContactId" AND c."ownerId" IS DISTINCT FROM a."ownerId"`,
      [updates.map((c) => c.id)],
    );
  }
  const inserts = rows.filter((c) => !c.before);
  for (const c of inserts) c.id = randomUUID();
  const cols = writable.filter((f) => inserts.some((c) => c.after![f.name] !== undefined));
  if (inserts.length) {
    await ctx.em.query(
      `INSERT INTO "${obj.table}" (id, "orgId", ${cols.map((f) => `"${f.name}"`).join(', ')})
       SELECT u.id, $2, ${cols.map((f) => `u."${f.name}"`).join(', ')} FROM jsonb_to_recordset($1::jsonb) AS u(${recordset(cols)})`,
      [json(inserts, cols), ctx.orgId],
    );
  }
  await recordHistory(ctx, obj.name, rows.map((c) => ({ recordId: c.id!, before: c.before, after: c.after! })));
  // Set-based reactions of other domains (territory rules), as AccountService's save listeners do per record.
  if (obj.name === 'Account') {
    await notifyAccountsBulkSaved(ctx, { created: inserts.map((c) => c.id!), updated: updates.map((c) => c.id!), changed: changed.map((f) => f.name) });
  }
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/**
 * The shared end of mass update and import: evaluate, then write the valid rows unless it is a
 * dry run or ALL_OR_NOTHING met a failure; the result counts and lists every failure by row.
 * `extraErrors` are failures found before evaluation that have no candidate (malformed rows).
 */
export async function run(ctx: RequestContext, obj: BulkObject, rows: Candidate[], opts: { mode: BulkMode; dryRun: boolean; extraErrors?: RowError[]; blocked?: boolean }): Promise<BulkResult> {
  await evaluate(ctx, obj, rows);
  const errors = [...(opts.extraErrors ?? []), ...rows.flatMap((c) => c.errors)].sort((a, b) => a.row - b.row);
  const failedRows = new Set(errors.map((e) => e.row));
  const good = rows.filter((c) => !c.errors.length);
  const blocked = opts.blocked || (opts.mode === BulkMode.ALL_OR_NOTHING && failedRows.size > 0);
  const writes = blocked ? [] : good;
  if (!opts.dryRun && writes.length) await write(ctx, obj, writes);
  return Object.assign(new BulkResult(), {
    total: rows.length + (opts.extraErrors ?? []).filter((e) => !rows.some((c) => c.row === e.row)).length,
    succeeded: writes.length,
    failed: failedRows.size,
    created: writes.filter((c) => !c.before).length,
    updated: writes.filter((c) => c.before).length,
    nothingWritten: opts.dryRun || !writes.length,
    dryRun: opts.dryRun,
    errors,
  });
}
