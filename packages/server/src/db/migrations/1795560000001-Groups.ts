import type { MigrationInterface, QueryRunner } from 'typeorm';

const base = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "orgId" uuid NOT NULL, "createdDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastModifiedDate" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`;
const org = (t: string) => `ALTER TABLE "${t}" ADD CONSTRAINT "FK_${t}_org" FOREIGN KEY ("orgId") REFERENCES "organization"("id") ON DELETE CASCADE`;

/** Chatter groups: groups, members, posts (feed items), comments and record mentions. */
export class Groups1795560000001 implements MigrationInterface {
  name = 'Groups1795560000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "collaboration_group" (${base}, "name" character varying(80) NOT NULL, "description" text, "collaborationType" character varying(10) NOT NULL, "ownerId" uuid NOT NULL, "memberCount" integer NOT NULL DEFAULT 0, "isArchived" boolean NOT NULL DEFAULT false, "lastFeedModifiedDate" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_collaboration_group" PRIMARY KEY ("id"), CONSTRAINT "CHK_collaboration_group_type" CHECK ("collaborationType" IN ('Public', 'Private')))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_collaboration_group_name" ON "collaboration_group" ("orgId", "name")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_collaboration_group_lower_name" ON "collaboration_group" ("orgId", lower("name"))`);
    await q.query(`CREATE INDEX "IDX_collaboration_group_org" ON "collaboration_group" ("orgId")`);
    await q.query(org('collaboration_group'));
    await q.query(`ALTER TABLE "collaboration_group" ADD CONSTRAINT "FK_collaboration_group_owner" FOREIGN KEY ("ownerId") REFERENCES "user"("id")`);

    await q.query(`CREATE TABLE "collaboration_group_member" (${base}, "collaborationGroupId" uuid NOT NULL, "memberId" uuid NOT NULL, "collaborationRole" character varying(10) NOT NULL DEFAULT 'Standard', CONSTRAINT "PK_collaboration_group_member" PRIMARY KEY ("id"), CONSTRAINT "CHK_collaboration_group_member_role" CHECK ("collaborationRole" IN ('Admin', 'Standard')))`);
    await q.query(`CREATE UNIQUE INDEX "IDX_collaboration_group_member_unique" ON "collaboration_group_member" ("collaborationGroupId", "memberId")`);
    await q.query(`CREATE INDEX "IDX_collaboration_group_member_member" ON "collaboration_group_member" ("orgId", "memberId")`);
    await q.query(`CREATE INDEX "IDX_collaboration_group_member_org" ON "collaboration_group_member" ("orgId")`);
    await q.query(org('collaboration_group_member'));
    await q.query(`ALTER TABLE "collaboration_group_member" ADD CONSTRAINT "FK_collaboration_group_member_group" FOREIGN KEY ("collaborationGroupId") REFERENCES "collaboration_group"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "collaboration_group_member" ADD CONSTRAINT "FK_collaboration_group_member_user" FOREIGN KEY ("memberId") REFERENCES "user"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "feed_item" (${base}, "parentId" uuid NOT NULL, "createdById" uuid NOT NULL, "body" text NOT NULL, "linkUrl" character varying(2000), "type" character varying(20) NOT NULL, "commentCount" integer NOT NULL DEFAULT 0, CONSTRAINT "PK_feed_item" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_feed_item_parent" ON "feed_item" ("parentId", "createdDate")`);
    await q.query(`CREATE INDEX "IDX_feed_item_org" ON "feed_item" ("orgId")`);
    await q.query(org('feed_item'));
    await q.query(`ALTER TABLE "feed_item" ADD CONSTRAINT "FK_feed_item_group" FOREIGN KEY ("parentId") REFERENCES "collaboration_group"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "feed_item" ADD CONSTRAINT "FK_feed_item_author" FOREIGN KEY ("createdById") REFERENCES "user"("id")`);

    await q.query(`CREATE TABLE "feed_comment" (${base}, "feedItemId" uuid NOT NULL, "createdById" uuid NOT NULL, "commentBody" text NOT NULL, CONSTRAINT "PK_feed_comment" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_feed_comment_item" ON "feed_comment" ("feedItemId", "createdDate")`);
    await q.query(`CREATE INDEX "IDX_feed_comment_org" ON "feed_comment" ("orgId")`);
    await q.query(org('feed_comment'));
    await q.query(`ALTER TABLE "feed_comment" ADD CONSTRAINT "FK_feed_comment_item" FOREIGN KEY ("feedItemId") REFERENCES "feed_item"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "feed_comment" ADD CONSTRAINT "FK_feed_comment_author" FOREIGN KEY ("createdById") REFERENCES "user"("id")`);

    await q.query(`CREATE TABLE "feed_item_mention" (${base}, "feedItemId" uuid NOT NULL, "objectApiName" character varying(40) NOT NULL, "recordId" uuid NOT NULL, CONSTRAINT "PK_feed_item_mention" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_feed_item_mention_record" ON "feed_item_mention" ("orgId", "recordId")`);
    await q.query(`CREATE INDEX "IDX_feed_item_mention_item" ON "feed_item_mention" ("feedItemId")`);
    await q.query(`CREATE INDEX "IDX_feed_item_mention_org" ON "feed_item_mention" ("orgId")`);
    await q.query(org('feed_item_mention'));
    await q.query(`ALTER TABLE "feed_item_mention" ADD CONSTRAINT "FK_feed_item_mention_item" FOREIGN KEY ("feedItemId") REFERENCES "feed_item"("id") ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['feed_item_mention', 'feed_comment', 'feed_item', 'collaboration_group_member', 'collaboration_group']) await q.query(`DROP TABLE "${t}"`);
  }
}
