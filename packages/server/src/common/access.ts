import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../api/request-context';
import { UserRole } from '../identity/user-role';

/** Marketing users read every lead and contact (to build campaign audiences); they edit their own. */
const MARKETING_READABLE = new Set(['lead', 'contact']);

/** Records that territory members read (Salesforce ETM): accounts of their territories and those below. */
const TERRITORY_READABLE = new Set(['account']);

/**
 * Who may see a record. `owner`: its owner, the owner's managers up the hierarchy, admins and
 * executives (and marketing users, for leads and contacts; and, for accounts, users assigned to
 * one of the account's territories, or to an ancestor of one, in the ACTIVE territory model).
 * `org`: everyone in the organisation (campaigns, territories, users).
 *
 * Only reads are widened: writes authorise on ownership (`CrudService.loadForWrite`), so territory
 * access is read-only (Territory2.AccountAccessLevel "Read Only"; we keep no per-territory level).
 */
export type AccessPolicy = 'owner' | 'org';

/**
 * The caller and everyone below them in the manager hierarchy, as a SQL subquery (column `id`).
 * Unnested from an array: the planner then expects a few ids (a recursive CTE it guesses at
 * hundreds), so a rep's or a manager's rows are read per owner from owner-leading indexes
 * rather than by scanning the whole organisation's range (docs/ARCHITECTURE.md, "Analytics").
 */
export function teamSubquery(userParam: string): string {
  return `(SELECT unnest(ARRAY(WITH RECURSIVE team(id) AS (SELECT CAST(${userParam} AS uuid) UNION SELECT u.id FROM "user" u JOIN team ON u."managerId" = team.id) SELECT id FROM team)) AS id)`;
}

/**
 * Ids of the accounts in the territories the user is actively assigned to in the org's ACTIVE
 * model, and in every territory below those, as one uncorrelated SQL subquery (evaluated once per
 * statement). PLANNING and ARCHIVED models grant nothing.
 */
export function territoryAccountsSubquery(userParam: string, orgParam: string): string {
  return `(WITH RECURSIVE terr(id, "modelId") AS (
      SELECT t.id, t."modelId" FROM user_territory_association ua
        JOIN territory t ON t.id = ua."territoryId"
        JOIN territory_model m ON m.id = t."modelId" AND m.state = 'ACTIVE' AND m."orgId" = ${orgParam}
        WHERE ua."userId" = CAST(${userParam} AS uuid) AND ua."isActive" AND ua."orgId" = ${orgParam}
      UNION SELECT c.id, c."modelId" FROM territory c JOIN terr ON c."parentId" = terr.id AND c."modelId" = terr."modelId")
    SELECT o."accountId" FROM object_territory_association o JOIN terr ON terr.id = o."territoryId")`;
}

/**
 * The one place where reads are scoped: every list, loader and lookup goes through it, so no
 * query can return a row of another organisation or a record the caller may not see.
 */
export function scopeQuery<T extends ObjectLiteral>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  alias: string,
  policy: AccessPolicy,
): SelectQueryBuilder<T> {
  qb.andWhere(`${alias}."orgId" = :__orgId`, { __orgId: ctx.orgId });
  const table = qb.expressionMap.mainAlias?.hasMetadata ? qb.expressionMap.mainAlias.metadata.tableName : '';
  const marketingRead = ctx.user.role === UserRole.MARKETING_USER && MARKETING_READABLE.has(table);
  if (policy === 'owner' && !ctx.seesWholeOrg && !marketingRead) {
    const owned = `${alias}."ownerId" IN ${teamSubquery(':__userId')}`;
    let visible = TERRITORY_READABLE.has(table) ? `(${owned} OR ${alias}.id IN ${territoryAccountsSubquery(':__userId', ':__orgId')})` : owned;
    // Service agents read the cases waiting in the channel queues (no owner yet).
    if (table === 'case' && ctx.user.role === UserRole.SERVICE_AGENT) visible = `(${owned} OR ${alias}."ownerId" IS NULL)`;
    qb.andWhere(visible, { __userId: ctx.user.id });
  }
  return qb;
}
