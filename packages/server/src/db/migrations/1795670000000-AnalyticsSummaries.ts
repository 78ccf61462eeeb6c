import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Pre-aggregated opportunities per organisation, owner and calendar month (docs/ARCHITECTURE.md,
 * "Analytics performance"). Visibility on opportunities is by owner, so a summary row keeps the
 * owner and every viewer's sum stays exact. Statement-level triggers over transition tables apply
 * each statement's rows as one signed delta (old rows minus, new rows plus), so every write path
 * (single edits, mass updates, imports, cascades) keeps the sums; TRUNCATE empties them.
 */
export interface Summary {
  table: string;
  /** Key columns: [name, type, SQL over an opportunity row]. */
  key: Array<[string, string, string]>;
  /** Only the opportunities meeting this (SQL over row r), when not all. */
  where?: string;
}

export const SUMMARIES: Summary[] = [
  {
    table: 'analytics_opportunity_close_month',
    key: [
      ['orgId', 'uuid', 'r."orgId"'],
      ['closeDate', 'date', `date_trunc('month', r."closeDate")::date`],
      ['ownerId', 'uuid', 'r."ownerId"'],
      ['stageName', 'varchar(40)', 'r."stageName"'],
      ['isClosed', 'boolean', 'r."isClosed"'],
      ['isWon', 'boolean', 'r."isWon"'],
      ['competitor', 'varchar(80)', 'r.competitor'],
      ['lostReason', 'varchar(80)', 'r."lostReason"'],
    ],
  },
  {
    table: 'analytics_opportunity_created_month',
    key: [
      ['orgId', 'uuid', 'r."orgId"'],
      ['createdDate', 'date', `date_trunc('month', r."createdDate" AT TIME ZONE 'UTC')::date`],
      ['ownerId', 'uuid', 'r."ownerId"'],
      ['leadSource', 'varchar(40)', 'r."leadSource"'],
    ],
  },
];

export const cols = (s: Summary) => s.key.map(([c]) => `"${c}"`).join(', ');
export const keyOf = (s: Summary) => s.key.map(([c, , sql]) => `${sql} AS "${c}"`).join(', ');

/** The signed rows of one statement: + for new rows, - for old ones. */
const signed = (s: Summary, tables: string[]) =>
  tables.map((t) => `SELECT ${keyOf(s)}, ${t === 'new_rows' ? 1 : -1} AS sign, r.amount FROM ${t} r${s.where ? ` WHERE ${s.where}` : ''}`).join(' UNION ALL ');

/** Apply one statement's delta to a summary: one upsert, then rows that reached zero go. */
export const apply = (s: Summary, tables: string[]) => `
  INSERT INTO ${s.table} AS t (${cols(s)}, n, "amountCount", amount)
  SELECT ${cols(s)}, sum(sign), sum(sign * (amount IS NOT NULL)::int), coalesce(sum(sign * amount), 0)
  FROM (${signed(s, tables)}) d
  GROUP BY ${cols(s)}
  HAVING sum(sign) <> 0 OR sum(sign * (amount IS NOT NULL)::int) <> 0 OR coalesce(sum(sign * amount), 0) <> 0
  ORDER BY ${cols(s)}
  ON CONFLICT (${cols(s)}) DO UPDATE SET n = t.n + excluded.n, "amountCount" = t."amountCount" + excluded."amountCount", amount = t.amount + excluded.amount;
  DELETE FROM ${s.table} WHERE n = 0 AND "orgId" IN (SELECT "orgId" FROM ${tables[0]});`;

export const EVENTS: Array<[string, string, string[]]> = [
  ['insert', 'NEW TABLE AS new_rows', ['new_rows']],
  ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', ['new_rows', 'old_rows']],
  ['delete', 'OLD TABLE AS old_rows', ['old_rows']],
];

export class AnalyticsSummaries1795670000000 implements MigrationInterface {
  name = 'AnalyticsSummaries1795670000000';

  async up(q: QueryRunner): Promise<void> {
    for (const s of SUMMARIES) {
      await q.query(`CREATE TABLE ${s.table} (${s.key.map(([c, t]) => `"${c}" ${t}${['competitor', 'lostReason', 'leadSource'].includes(c) ? '' : ' NOT NULL'}`).join(', ')},
        n integer NOT NULL, "amountCount" integer NOT NULL, amount numeric NOT NULL)`);
      // NULLS NOT DISTINCT: a blank competitor is one key (PostgreSQL 15+), the upsert's arbiter.
      // Both indexes cover every column: KPI reads are index-only scans (date-leading for the whole
      // org, owner-leading for a team).
      const rest = s.key.slice(2).map(([c]) => `"${c}"`).filter((c) => c !== '"ownerId"');
      await q.query(`CREATE UNIQUE INDEX "UQ_${s.table}" ON ${s.table} (${cols(s)}) INCLUDE (n, "amountCount", amount) NULLS NOT DISTINCT`);
      await q.query(`CREATE INDEX "IDX_${s.table}_owner" ON ${s.table} ("orgId", "ownerId", "${s.key[1][0]}") INCLUDE (${[...rest, 'n', '"amountCount"', 'amount'].join(', ')})`);
      await q.query(`CREATE INDEX "IDX_${s.table}_zero" ON ${s.table} ("orgId") WHERE n = 0`);
    }
    for (const [event, referencing, tables] of EVENTS) {
      await q.query(`CREATE FUNCTION crm_analytics_opportunity_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${SUMMARIES.map((s) => apply(s, tables)).join('\n')}
        RETURN NULL; END $$`);
      await q.query(`CREATE TRIGGER crm_analytics_${event} AFTER ${event.toUpperCase()} ON opportunity REFERENCING ${referencing}
        FOR EACH STATEMENT EXECUTE FUNCTION crm_analytics_opportunity_${event}()`);
    }
    await q.query(`CREATE FUNCTION crm_analytics_opportunity_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${SUMMARIES.map((s) => `DELETE FROM ${s.table};`).join(' ')} RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER crm_analytics_truncate AFTER TRUNCATE ON opportunity FOR EACH STATEMENT EXECUTE FUNCTION crm_analytics_opportunity_truncate()`);
    // Rebuilds one organisation's summaries from its rows (bulk loads with triggers off; repairs).
    await q.query(`CREATE FUNCTION crm_analytics_rebuild(org uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN ${SUMMARIES.map((s) => `
        DELETE FROM ${s.table} WHERE "orgId" = org;
        INSERT INTO ${s.table} (${cols(s)}, n, "amountCount", amount)
        SELECT ${cols(s)}, count(*), count(amount), coalesce(sum(amount), 0)
        FROM (SELECT ${keyOf(s)}, r.amount FROM opportunity r WHERE r."orgId" = org) d GROUP BY ${cols(s)};`).join('')}
      END $$`);
    await q.query(`SELECT crm_analytics_rebuild(id) FROM organization`);
    for (const s of SUMMARIES) await q.query(`ANALYZE ${s.table}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER crm_analytics_truncate ON opportunity`);
    await q.query(`DROP FUNCTION crm_analytics_opportunity_truncate()`);
    for (const [event] of EVENTS) {
      await q.query(`DROP TRIGGER crm_analytics_${event} ON opportunity`);
      await q.query(`DROP FUNCTION crm_analytics_opportunity_${event}()`);
    }
    await q.query(`DROP FUNCTION crm_analytics_rebuild(uuid)`);
    for (const s of SUMMARIES) await q.query(`DROP TABLE ${s.table}`);
  }
}
