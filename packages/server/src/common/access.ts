import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../api/request-context';
import { UserRole } from '../identity/user-role';

/** Marketing users read every lead and contact (to build campaign audiences); they edit their own. */
const MARKETING_READABLE = new Set(['lead', 'contact']);

/**
 * Who may see a record. `owner`: its owner, the owner's managers up the hierarchy, admins and
 * executives (and marketing users, for leads and contacts). `org`: everyone in the organisation (campaigns, territories, users).
 */
export type AccessPolicy = 'owner' | 'org';

/** The caller and everyone below them in the manager hierarchy, as a SQL subquery. */
export function teamSubquery(userParam: string): string {
  return `(WITH RECURSIVE team(id) AS (SELECT CAST(${userParam} AS uuid) UNION SELECT u.id FROM "user" u JOIN team ON u."managerId" = team.id) SELECT id FROM team)`;
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
    qb.andWhere(`${alias}."ownerId" IN ${teamSubquery(':__userId')}`, { __userId: ctx.user.id });
  }
  return qb;
}
