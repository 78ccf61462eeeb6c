import type { MigrationInterface, QueryRunner } from 'typeorm';
import { apply, cols, EVENTS, keyOf, type Summary } from './1795670000000-AnalyticsSummaries';

/*
 * Open opportunities per organisation and account (no owner): an org-wide viewer's pipeline by
 * account (Account Overview's top 10 of 50,000 accounts) from an index in amount order. Without the owner it
 * answers only callers who see every opportunity (kpi-summary.ts checks); everyone else reads
 * their rows. Kept as the monthly summaries are: statement triggers applying signed deltas.
 */
const ACCOUNT: Summary = {
  table: 'analytics_opportunity_open_account',
  key: [['orgId', 'uuid', 'r."orgId"'], ['accountId', 'uuid', 'r."accountId"']],
  where: 'NOT r."isClosed"',
};
const ALL = ['analytics_opportunity_close_month', 'analytics_opportunity_created_month', ACCOUNT.table];

export class AnalyticsAccountSummary1795670000001 implements MigrationInterface {
  name = 'AnalyticsAccountSummary1795670000001';

  async up(q: QueryRunner): Promise<void> {
    const s = ACCOUNT;
    await q.query(`CREATE TABLE ${s.table} ("orgId" uuid NOT NULL, "accountId" uuid, n integer NOT NULL, "amountCount" integer NOT NULL, amount numeric NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_${s.table}" ON ${s.table} (${cols(s)}) INCLUDE (n, "amountCount", amount) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX "IDX_${s.table}_amount" ON ${s.table} ("orgId", amount DESC, "accountId") INCLUDE (n)`);
    await q.query(`CREATE INDEX "IDX_${s.table}_zero" ON ${s.table} ("orgId") WHERE n = 0`);
    for (const [event, referencing, tables] of EVENTS) {
      await q.query(`CREATE FUNCTION crm_analytics_account_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${apply(s, tables)} RETURN NULL; END $$`);
      await q.query(`CREATE TRIGGER crm_analytics_account_${event} AFTER ${event.toUpperCase()} ON opportunity REFERENCING ${referencing}
        FOR EACH STATEMENT EXECUTE FUNCTION crm_analytics_account_${event}()`);
    }
    await q.query(`CREATE OR REPLACE FUNCTION crm_analytics_opportunity_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${ALL.map((t) => `DELETE FROM ${t};`).join(' ')} RETURN NULL; END $$`);
    // The repair function gains the account rows (the monthly ones as before).
    await q.query(`ALTER FUNCTION crm_analytics_rebuild(uuid) RENAME TO crm_analytics_rebuild_monthly`);
    await q.query(`CREATE FUNCTION crm_analytics_rebuild(org uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM crm_analytics_rebuild_monthly(org);
        DELETE FROM ${s.table} WHERE "orgId" = org;
        INSERT INTO ${s.table} (${cols(s)}, n, "amountCount", amount)
        SELECT ${cols(s)}, count(*), count(amount), coalesce(sum(amount), 0)
        FROM (SELECT ${keyOf(s)}, r.amount FROM opportunity r WHERE r."orgId" = org AND ${s.where}) d GROUP BY ${cols(s)};
      END $$`);
    await q.query(`DELETE FROM ${s.table}`);
    await q.query(`INSERT INTO ${s.table} (${cols(s)}, n, "amountCount", amount)
      SELECT ${cols(s)}, count(*), count(amount), coalesce(sum(amount), 0) FROM (SELECT ${keyOf(s)}, r.amount FROM opportunity r WHERE ${s.where}) d GROUP BY ${cols(s)}`);
    await q.query(`ANALYZE ${s.table}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION crm_analytics_rebuild(uuid)`);
    await q.query(`ALTER FUNCTION crm_analytics_rebuild_monthly(uuid) RENAME TO crm_analytics_rebuild`);
    await q.query(`CREATE OR REPLACE FUNCTION crm_analytics_opportunity_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${ALL.slice(0, 2).map((t) => `DELETE FROM ${t};`).join(' ')} RETURN NULL; END $$`);
    for (const [event] of EVENTS) {
      await q.query(`DROP TRIGGER crm_analytics_account_${event} ON opportunity`);
      await q.query(`DROP FUNCTION crm_analytics_account_${event}()`);
    }
    await q.query(`DROP TABLE ${ACCOUNT.table}`);
  }
}
