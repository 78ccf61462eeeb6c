import type { MigrationInterface, QueryRunner } from 'typeorm';

const digits = (...cols: string[]) => `regexp_replace(${cols.map((c) => `coalesce("${c}", '')`).join(` || '|' || `)}, '[^0-9|]', '', 'g')`;

/** [table, index suffix, expression]: the expressions of src/search/search-objects.ts. */
const INDEXES: Array<[string, string, string]> = [
  ['account', 'name', 'lower("name")'], ['account', 'email', 'lower("personEmail")'], ['account', 'phone', digits('phone', 'personMobilePhone')],
  ['contact', 'name', 'lower("name")'], ['contact', 'email', 'lower("email")'], ['contact', 'phone', digits('phone', 'mobilePhone')],
  ['lead', 'name', 'lower("name")'], ['lead', 'company', 'lower("company")'], ['lead', 'email', 'lower("email")'], ['lead', 'phone', digits('phone', 'mobilePhone')],
  ['opportunity', 'name', 'lower("name")'],
  ['case', 'subject', 'lower("subject")'], ['case', 'number', 'lower("caseNumber")'], ['case', 'email', 'lower("suppliedEmail")'],
];

/**
 * Trigram GIN indexes for `search` (docs/ARCHITECTURE.md, "Search"): one per searched
 * expression, so every substring LIKE is indexed, in Korean and Chinese too. pg_trgm is a
 * trusted extension (PostgreSQL 13+) and is loaded into the embedded PGlite.
 */
export class Search1795520000000 implements MigrationInterface {
  name = 'Search1795520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const [table, suffix, expression] of INDEXES) {
      await q.query(`CREATE INDEX "IDX_search_${table}_${suffix}" ON "${table}" USING gin ((${expression}) gin_trgm_ops)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, suffix] of INDEXES) await q.query(`DROP INDEX "IDX_search_${table}_${suffix}"`);
  }
}
