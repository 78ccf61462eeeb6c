import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign members by campaign and organisation: a scoped count of a campaign's members
 * (`members { totalCount }` on every node of a tree) reads the index alone, never the rows.
 * It replaces the index on campaignId, which it covers.
 */
export class MemberCountIndex1795545000000 implements MigrationInterface {
  name = 'MemberCountIndex1795545000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_752f9a345f4eae2007f5c32d89" ON "campaign_member" ("campaignId", "orgId")`);
    await q.query(`DROP INDEX "public"."IDX_a30a977eb69c8aefbbb50cda90"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_a30a977eb69c8aefbbb50cda90" ON "campaign_member" ("campaignId")`);
    await q.query(`DROP INDEX "public"."IDX_752f9a345f4eae2007f5c32d89"`);
  }
}
