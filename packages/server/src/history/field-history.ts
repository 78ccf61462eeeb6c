import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../api/request-context';
import { arrayLiteral, derivedUuidSql } from '../common/sql';

type Kind = 'text' | 'number' | 'date';

interface Tracked {
  table: string;
  /** The history row's column holding the record's id. */
  idColumn: string;
  fields: Record<string, Kind>;
}

/** The objects whose field changes are recorded, and which fields (Salesforce field history tracking). */
export const TRACKED: Record<string, Tracked> = {
  Opportunity: {
    table: 'opportunity_field_history',
    idColumn: 'opportunityId',
    fields: { stageName: 'text', amount: 'number', closeDate: 'date', forecastCategoryName: 'text', probability: 'number', ownerId: 'text' },
  },
  Case: { table: 'case_history', idColumn: 'caseId', fields: { status: 'text', ownerId: 'text', priority: 'text' } },
};

/** The field name of the row recorded when a record is created. */
export const CREATED = 'created';

/** A value as history text: numbers plain (numeric columns load as text), dates as YYYY-MM-DD. */
export function historyText(v: unknown, kind: Kind): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'number') return String(Number(v));
  if (kind === 'date') return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
  return String(v);
}

/**
 * Records the tracked-field changes of many writes of one object, in ONE insert, by the
 * caller, inside the caller's transaction (`ctx.em`). `before` null: the record was created.
 */
export async function recordHistory(
  ctx: RequestContext,
  objectApiName: string,
  changes: Array<{ recordId: string; before: Record<string, unknown> | null; after: Record<string, unknown> }>,
): Promise<void> {
  const t = TRACKED[objectApiName];
  if (!t) return;
  const ids: string[] = [];
  const fields: string[] = [];
  const olds: Array<string | null> = [];
  const news: Array<string | null> = [];
  const push = (id: string, f: string, o: string | null, n: string | null) => {
    ids.push(id);
    fields.push(f);
    olds.push(o);
    news.push(n);
  };
  for (const { recordId, before, after } of changes) {
    if (!before) {
      push(recordId, CREATED, null, null);
      continue;
    }
    for (const [f, kind] of Object.entries(t.fields)) {
      if (!(f in after)) continue;
      const o = historyText(before[f], kind);
      const n = historyText(after[f], kind);
      if (o !== n) push(recordId, f, o, n);
    }
  }
  if (!ids.length) return;
  await ctx.em.query(
    `INSERT INTO "${t.table}" ("id", "orgId", "${t.idColumn}", "field", "oldValue", "newValue", "createdById")
     SELECT ${derivedUuidSql('$7', 'u.n')}, $1, u.id, u.field, u.old, u.new, $2
     FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u(id, field, old, new, n)`,
    [ctx.orgId, ctx.user.id, arrayLiteral(ids) ?? ids, fields, olds, news, randomUUID()],
  );
}
