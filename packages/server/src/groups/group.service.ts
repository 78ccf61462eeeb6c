import type { RequestContext } from '../api/request-context';
import { assertId, badInput, conflict, forbidden, notFound } from '../common/errors';
import { User } from '../identity/user.entity';
import { canManage, myRole } from './group-access';
import { CollaborationGroup, CollaborationGroupMember, CollaborationType, GroupMemberRole } from './group.entity';

export interface GroupInput {
  name?: string | null;
  description?: string | null;
  collaborationType?: CollaborationType | null;
  isArchived?: boolean | null;
  ownerId?: string | null;
}

/** Rows an UPDATE/DELETE ... RETURNING touched (TypeORM answers [rows, count] for those). */
const affected = (res: unknown[]) => (Array.isArray(res[0]) ? res[0].length : res.length);

function cleanName(name: string | null | undefined): string {
  const n = (name ?? '').trim();
  if (!n) throw badInput('name', 'Complete this field.');
  if (n.length > 80) throw badInput('name', 'Use at most 80 characters.');
  return n;
}

/** Groups: creation, settings and membership. Every write runs in one transaction. */
export class GroupService {
  async findGroup(ctx: RequestContext, id: string, lock = false): Promise<CollaborationGroup> {
    const qb = ctx.em.getRepository(CollaborationGroup).createQueryBuilder('g')
      .where('g.id = :id AND g.orgId = :org', { id: assertId(id), org: ctx.orgId });
    if (lock) qb.setLock('pessimistic_write');
    const g = await qb.getOne();
    if (!g) throw notFound('CollaborationGroup', id);
    return g;
  }

  list(ctx: RequestContext): Promise<CollaborationGroup[]> {
    return ctx.em.getRepository(CollaborationGroup).find({ where: { orgId: ctx.orgId }, order: { name: 'ASC', id: 'ASC' } });
  }

  private async assertUniqueName(ctx: RequestContext, name: string, exceptId?: string) {
    const [row] = await ctx.em.query(`SELECT id FROM collaboration_group WHERE "orgId" = $1 AND lower(name) = lower($2)`, [ctx.orgId, name]);
    if (row && row.id !== exceptId) throw conflict('name', `A group named "${name}" already exists`);
  }

  private async activeUser(ctx: RequestContext, userId: string, field: string): Promise<User> {
    const u = await ctx.em.getRepository(User).findOneBy({ id: assertId(userId, field), orgId: ctx.orgId });
    if (!u) throw notFound('User', userId, field);
    if (!u.isActive) throw badInput(field, 'This user is inactive');
    return u;
  }

  createGroup(ctx: RequestContext, input: GroupInput): Promise<CollaborationGroup> {
    return ctx.transaction(async () => {
      const name = cleanName(input.name);
      await this.assertUniqueName(ctx, name);
      const repo = ctx.em.getRepository(CollaborationGroup);
      const g = await repo.save(repo.create({
        orgId: ctx.orgId, name, description: input.description?.trim() || null, ownerId: ctx.user.id,
        collaborationType: input.collaborationType ?? CollaborationType.Public, memberCount: 1, isArchived: false,
      }));
      await ctx.em.getRepository(CollaborationGroupMember).insert({ orgId: ctx.orgId, collaborationGroupId: g.id, memberId: ctx.user.id, collaborationRole: 'Admin' });
      return g;
    });
  }

  updateGroup(ctx: RequestContext, id: string, input: GroupInput): Promise<CollaborationGroup> {
    return ctx.transaction(async () => {
      const g = await this.findGroup(ctx, id, true);
      if (!(await canManage(ctx, g))) throw forbidden('Only the group owner or a manager can change the group');
      if (input.name !== undefined) {
        g.name = cleanName(input.name);
        await this.assertUniqueName(ctx, g.name, g.id);
      }
      if (input.description !== undefined) g.description = input.description?.trim() || null;
      if (input.collaborationType) g.collaborationType = input.collaborationType;
      if (input.isArchived != null) g.isArchived = input.isArchived;
      if (input.ownerId && input.ownerId !== g.ownerId) {
        if (g.ownerId !== ctx.user.id && ctx.user.role !== 'ADMIN') throw forbidden('Only the owner or an administrator can change the owner', { field: 'ownerId' });
        const u = await this.activeUser(ctx, input.ownerId, 'ownerId');
        await this.upsertMember(ctx, g, u.id, 'Admin');
        g.ownerId = u.id;
      }
      return ctx.em.save(g);
    });
  }

  /** Adds or re-roles a member and keeps memberCount exact. */
  private async upsertMember(ctx: RequestContext, g: CollaborationGroup, userId: string, role: string): Promise<boolean> {
    const res: Array<{ inserted: boolean }> = await ctx.em.query(
      `INSERT INTO collaboration_group_member ("orgId", "collaborationGroupId", "memberId", "collaborationRole") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("collaborationGroupId", "memberId") DO UPDATE SET "collaborationRole" = EXCLUDED."collaborationRole", "lastModifiedDate" = now()
       RETURNING (xmax = 0) AS inserted`,
      [ctx.orgId, g.id, userId, role],
    );
    if (res[0].inserted) g.memberCount += 1;
    return res[0].inserted;
  }

  private async saveCount(ctx: RequestContext, g: CollaborationGroup) {
    await ctx.em.query(`UPDATE collaboration_group SET "memberCount" = (SELECT count(*) FROM collaboration_group_member WHERE "collaborationGroupId" = $1) WHERE id = $1`, [g.id]);
    return this.findGroup(ctx, g.id);
  }

  joinGroup(ctx: RequestContext, id: string): Promise<CollaborationGroup> {
    return ctx.transaction(async () => {
      const g = await this.findGroup(ctx, id, true);
      if (await myRole(ctx, g)) return g;
      if (g.collaborationType !== CollaborationType.Public) throw forbidden('A private group\'s owner or managers add its members');
      if (g.isArchived) throw badInput('id', 'This group is archived');
      await this.upsertMember(ctx, g, ctx.user.id, 'Standard');
      return this.saveCount(ctx, g);
    });
  }

  leaveGroup(ctx: RequestContext, id: string): Promise<CollaborationGroup> {
    return this.removeGroupMember(ctx, id, ctx.user.id);
  }

  addGroupMember(ctx: RequestContext, groupId: string, userId: string, role: GroupMemberRole | null): Promise<CollaborationGroup> {
    return ctx.transaction(async () => {
      const g = await this.findGroup(ctx, groupId, true);
      if (!(await canManage(ctx, g))) throw forbidden('Only the group owner or a manager can add members');
      if (role === GroupMemberRole.Owner) throw badInput('role', 'Change the owner with updateGroup(ownerId)');
      const u = await this.activeUser(ctx, userId, 'userId');
      const [exists] = await ctx.em.query(`SELECT 1 FROM collaboration_group_member WHERE "collaborationGroupId" = $1 AND "memberId" = $2`, [g.id, u.id]);
      if (exists) throw conflict('userId', `${u.name} is already a member`);
      await this.upsertMember(ctx, g, u.id, role === GroupMemberRole.Manager ? 'Admin' : 'Standard');
      return this.saveCount(ctx, g);
    });
  }

  removeGroupMember(ctx: RequestContext, groupId: string, userId: string): Promise<CollaborationGroup> {
    return ctx.transaction(async () => {
      const g = await this.findGroup(ctx, groupId, true);
      const id = assertId(userId, 'userId');
      if (id !== ctx.user.id && !(await canManage(ctx, g))) throw forbidden('Only the group owner or a manager can remove members');
      if (id === g.ownerId) throw badInput('userId', 'The owner cannot leave: make someone else the owner first');
      const res = await ctx.em.query(`DELETE FROM collaboration_group_member WHERE "collaborationGroupId" = $1 AND "memberId" = $2 RETURNING id`, [g.id, id]);
      if (!affected(res)) throw notFound('CollaborationGroupMember', userId, 'userId');
      return this.saveCount(ctx, g);
    });
  }

  setGroupMemberRole(ctx: RequestContext, groupId: string, userId: string, role: GroupMemberRole): Promise<CollaborationGroup> {
    return ctx.transaction(async () => {
      const g = await this.findGroup(ctx, groupId, true);
      if (!(await canManage(ctx, g))) throw forbidden('Only the group owner or a manager can change roles');
      const id = assertId(userId, 'userId');
      if (role === GroupMemberRole.Owner) throw badInput('role', 'Change the owner with updateGroup(ownerId)');
      if (id === g.ownerId) throw badInput('userId', 'The owner\'s role follows ownership');
      const res = await ctx.em.query(
        `UPDATE collaboration_group_member SET "collaborationRole" = $3, "lastModifiedDate" = now() WHERE "collaborationGroupId" = $1 AND "memberId" = $2 RETURNING id`,
        [g.id, id, role === GroupMemberRole.Manager ? 'Admin' : 'Standard'],
      );
      if (!affected(res)) throw notFound('CollaborationGroupMember', userId, 'userId');
      return g;
    });
  }
}

export const groupService = new GroupService();
