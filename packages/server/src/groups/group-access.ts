import DataLoader from 'dataloader';
import type { RequestContext } from '../api/request-context';
import { registerFileAccess } from '../files/file.service';
import { CollaborationType, GroupMemberRole, type CollaborationGroup } from './group.entity';

/** The caller's memberships (group id → collaborationRole): one statement per request. */
const memberships = new WeakMap<object, Promise<Map<string, string>>>();
export function myMemberships(ctx: RequestContext): Promise<Map<string, string>> {
  let p = memberships.get(ctx.loaders);
  if (!p) {
    p = ctx.em
      .query(`SELECT "collaborationGroupId" AS id, "collaborationRole" AS role FROM collaboration_group_member WHERE "memberId" = $1 AND "orgId" = $2`, [ctx.user.id, ctx.orgId])
      .then((rows: Array<{ id: string; role: string }>) => new Map(rows.map((r) => [r.id, r.role])));
    memberships.set(ctx.loaders, p);
  }
  return p;
}

export async function myRole(ctx: RequestContext, g: CollaborationGroup): Promise<GroupMemberRole | null> {
  if (g.ownerId === ctx.user.id) return GroupMemberRole.Owner;
  const role = (await myMemberships(ctx)).get(g.id);
  return role === 'Admin' ? GroupMemberRole.Manager : role ? GroupMemberRole.Member : null;
}

/** Public groups: everyone in the organisation; private ones: their members only. */
export async function canReadFeed(ctx: RequestContext, g: CollaborationGroup): Promise<boolean> {
  return g.orgId === ctx.orgId && (g.collaborationType === CollaborationType.Public || (await myMemberships(ctx)).has(g.id));
}

/** Owners, managers and administrators manage a group. */
export async function canManage(ctx: RequestContext, g: CollaborationGroup): Promise<boolean> {
  const role = await myRole(ctx, g);
  return role === GroupMemberRole.Owner || role === GroupMemberRole.Manager || ctx.user.role === 'ADMIN';
}

/** SQL: the group `alias` is readable by user $user (a parameter placeholder). */
export const READABLE_GROUP_SQL = (alias: string, userParam: string) =>
  `(${alias}."collaborationType" = 'Public' OR EXISTS (SELECT 1 FROM collaboration_group_member gm WHERE gm."collaborationGroupId" = ${alias}.id AND gm."memberId" = ${userParam}))`;

// Files on a post are read by whoever reads its group's feed.
registerFileAccess('FeedItem', {
  many: async (ctx, postIds) => {
    const rows: Array<{ id: string }> = await ctx.em.query(
      `SELECT f.id FROM feed_item f JOIN collaboration_group g ON g.id = f."parentId"
       WHERE f.id = ANY($1) AND f."orgId" = $2 AND ${READABLE_GROUP_SQL('g', '$3')}`,
      [postIds, ctx.orgId, ctx.user.id],
    );
    return new Set(rows.map((r) => r.id));
  },
});

/** A request-scoped DataLoader per key. */
const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();
export function requestLoader<V>(ctx: RequestContext, key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let m = perRequest.get(ctx.loaders);
  if (!m) perRequest.set(ctx.loaders, (m = new Map()));
  let l = m.get(key) as DataLoader<string, V> | undefined;
  if (!l) m.set(key, (l = new DataLoader<string, V>(batch)));
  return l;
}
