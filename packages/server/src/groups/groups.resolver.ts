import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { assertId } from '../common/errors';
import { ContentDocument } from '../files/content-document.entity';
import { filesOf } from '../files/file.service';
import { User } from '../identity/user.entity';
import { canReadFeed, myRole, requestLoader } from './group-access';
import { CollaborationGroup, CollaborationGroupMember, CollaborationType, GroupMemberRole } from './group.entity';
import { FeedComment, FeedItem, FeedItemMention } from './feed.entity';
import { feedService, loadMentioned } from './feed.service';
import { groupService } from './group.service';

@InputType()
class CreateGroupInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CollaborationType, { defaultValue: CollaborationType.Public }) collaborationType: CollaborationType;
}

@InputType()
class UpdateGroupInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CollaborationType, { nullable: true }) collaborationType?: CollaborationType | null;
  @Field(() => Boolean, { nullable: true }) isArchived?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only the owner or an administrator changes it.' }) ownerId?: string | null;
}

@InputType()
class MentionInput {
  @Field({ description: 'Opportunity, Account, Contact, Lead, Case or Competitor.' }) objectApiName: string;
  @Field(() => ID) recordId: string;
}

@InputType()
class CreatePostInput {
  @Field(() => ID) groupId: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'http or https only.' }) linkUrl?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Files uploaded by the caller through POST /files; attached in the same transaction.' }) fileIds?: string[] | null;
  @Field(() => [MentionInput], { nullable: true, description: 'Records the post is about; each must be visible to the caller.' }) mentions?: MentionInput[] | null;
}

const byParent = <T extends Record<K, string>, K extends keyof T>(ids: readonly string[], rows: T[], key: K) =>
  ids.map((id) => rows.filter((r) => r[key] === id));

@Resolver(() => CollaborationGroup)
export class CollaborationGroupResolver {
  @Query(() => [CollaborationGroup], { description: "The organisation's groups by name (private ones too: name and description only)." })
  groups(@Ctx() ctx: RequestContext) {
    return groupService.list(ctx);
  }

  @Query(() => CollaborationGroup)
  group(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return groupService.findGroup(ctx, id);
  }

  @FieldResolver(() => GroupMemberRole, { nullable: true, description: "The caller's role; null when not a member." })
  myRole(@Root() g: CollaborationGroup, @Ctx() ctx: RequestContext) {
    return myRole(ctx, g);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may read the feed and members.' })
  canReadFeed(@Root() g: CollaborationGroup, @Ctx() ctx: RequestContext) {
    return canReadFeed(ctx, g);
  }

  @FieldResolver(() => User)
  owner(@Root() g: CollaborationGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(g.ownerId);
  }

  @FieldResolver(() => [CollaborationGroupMember], { description: 'Managers (and the owner) first, then members by joining date; empty when the feed is not readable.' })
  async members(@Root() g: CollaborationGroup, @Ctx() ctx: RequestContext) {
    if (!(await canReadFeed(ctx, g))) return [];
    return requestLoader(ctx, 'members', async (ids) => {
      const rows = await ctx.em.getRepository(CollaborationGroupMember).createQueryBuilder('m')
        .where('m.collaborationGroupId = ANY(:ids) AND m.orgId = :org', { ids, org: ctx.orgId })
        .orderBy('m.collaborationRole', 'ASC').addOrderBy('m.createdDate', 'ASC').addOrderBy('m.id', 'ASC')
        .getMany();
      return byParent(ids, rows, 'collaborationGroupId');
    }).load(g.id);
  }

  @FieldResolver(() => [FeedItem], { description: 'Newest first; empty when the caller may not read the feed.' })
  async posts(@Root() g: CollaborationGroup, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: RequestContext) {
    if (!(await canReadFeed(ctx, g))) return [];
    const n = Math.min(Math.max(first, 1), 100);
    return requestLoader(ctx, `posts:${n}`, async (ids) => {
      const rows: FeedItem[] = await ctx.em.query(
        `SELECT * FROM (SELECT f.*, row_number() OVER (PARTITION BY f."parentId" ORDER BY f."createdDate" DESC, f.id DESC) AS rn
         FROM feed_item f WHERE f."parentId" = ANY($1) AND f."orgId" = $2) x WHERE rn <= $3 ORDER BY "createdDate" DESC, id DESC`,
        [ids, ctx.orgId, n],
      );
      return byParent(ids, rows, 'parentId');
    }).load(g.id);
  }
}

@Resolver(() => CollaborationGroupMember)
export class CollaborationGroupMemberResolver {
  @FieldResolver(() => GroupMemberRole)
  async role(@Root() m: CollaborationGroupMember, @Ctx() ctx: RequestContext) {
    const g = await ctx.loaders.byId(CollaborationGroup, 'org').load(m.collaborationGroupId);
    return g?.ownerId === m.memberId ? GroupMemberRole.Owner : m.collaborationRole === 'Admin' ? GroupMemberRole.Manager : GroupMemberRole.Member;
  }

  @FieldResolver(() => User)
  member(@Root() m: CollaborationGroupMember, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(m.memberId);
  }
}

@Resolver(() => FeedItem)
export class FeedItemResolver {
  @Query(() => [FeedItem], { description: 'Posts mentioning a record the caller can read, from groups they can read, newest first.' })
  posts(@Arg('mentioning', () => ID) mentioning: string, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: RequestContext) {
    return feedService.postsMentioning(ctx, mentioning, first);
  }

  @FieldResolver(() => User)
  createdBy(@Root() p: FeedItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(p.createdById);
  }

  @FieldResolver(() => CollaborationGroup)
  group(@Root() p: FeedItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(CollaborationGroup, 'org').load(p.parentId);
  }

  @FieldResolver(() => [FeedComment], { description: 'Oldest first.' })
  comments(@Root() p: FeedItem, @Ctx() ctx: RequestContext) {
    return requestLoader(ctx, 'comments', async (ids) => {
      const rows = await ctx.em.getRepository(FeedComment).createQueryBuilder('c')
        .where('c.feedItemId = ANY(:ids) AND c.orgId = :org', { ids, org: ctx.orgId })
        .orderBy('c.createdDate').addOrderBy('c.id').getMany();
      return byParent(ids, rows, 'feedItemId');
    }).load(p.id);
  }

  @FieldResolver(() => [FeedItemMention])
  mentions(@Root() p: FeedItem, @Ctx() ctx: RequestContext) {
    return requestLoader(ctx, 'mentions', async (ids) => {
      const rows = await ctx.em.getRepository(FeedItemMention).createQueryBuilder('m')
        .where('m.feedItemId = ANY(:ids) AND m.orgId = :org', { ids, org: ctx.orgId })
        .orderBy('m.createdDate').addOrderBy('m.id').getMany();
      return byParent(ids, rows, 'feedItemId');
    }).load(p.id);
  }

  @FieldResolver(() => [ContentDocument], { description: 'Files attached to the post.' })
  attachments(@Root() p: FeedItem, @Ctx() ctx: RequestContext) {
    return filesOf(ctx, 'FeedItem').load(p.id);
  }

  @FieldResolver(() => Boolean, { description: 'The author, group owners and managers, and administrators may delete.' })
  canDelete(@Root() p: FeedItem, @Ctx() ctx: RequestContext) {
    return feedService.canDelete(ctx, p);
  }

  @Mutation(() => CollaborationGroup)
  createGroup(@Arg('input') input: CreateGroupInput, @Ctx() ctx: RequestContext) {
    return groupService.createGroup(ctx, input);
  }

  @Mutation(() => CollaborationGroup)
  updateGroup(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateGroupInput, @Ctx() ctx: RequestContext) {
    return groupService.updateGroup(ctx, id, input);
  }

  @Mutation(() => CollaborationGroup, { description: 'Public groups only; a member already is one.' })
  joinGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return groupService.joinGroup(ctx, id);
  }

  @Mutation(() => CollaborationGroup)
  leaveGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return groupService.leaveGroup(ctx, id);
  }

  @Mutation(() => CollaborationGroup)
  addGroupMember(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => GroupMemberRole, { defaultValue: GroupMemberRole.Member }) role: GroupMemberRole,
    @Ctx() ctx: RequestContext,
  ) {
    return groupService.addGroupMember(ctx, groupId, userId, role);
  }

  @Mutation(() => CollaborationGroup)
  removeGroupMember(@Arg('groupId', () => ID) groupId: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext) {
    return groupService.removeGroupMember(ctx, groupId, userId);
  }

  @Mutation(() => CollaborationGroup)
  setGroupMemberRole(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => GroupMemberRole) role: GroupMemberRole,
    @Ctx() ctx: RequestContext,
  ) {
    return groupService.setGroupMemberRole(ctx, groupId, userId, role);
  }

  @Mutation(() => FeedItem)
  createPost(@Arg('input') input: CreatePostInput, @Ctx() ctx: RequestContext) {
    return feedService.createPost(ctx, input);
  }

  @Mutation(() => ID, { description: 'Returns the deleted post id.' })
  deletePost(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return feedService.deletePost(ctx, assertId(id));
  }

  @Mutation(() => FeedComment)
  createComment(@Arg('feedItemId', () => ID) feedItemId: string, @Arg('commentBody') commentBody: string, @Ctx() ctx: RequestContext) {
    return feedService.createComment(ctx, feedItemId, commentBody);
  }
}

@Resolver(() => FeedComment)
export class FeedCommentResolver {
  @FieldResolver(() => User)
  createdBy(@Root() c: FeedComment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(c.createdById);
  }
}

@Resolver(() => FeedItemMention)
export class FeedItemMentionResolver {
  @FieldResolver(() => String, { nullable: true, description: "The record's name (a case's number and subject); null if the reader may not see it." })
  async name(@Root() m: FeedItemMention, @Ctx() ctx: RequestContext) {
    const r = await loadMentioned(ctx, m.objectApiName, m.recordId);
    if (!r) return null;
    return r.name ?? [r.caseNumber, r.subject].filter(Boolean).join(' ');
  }
}

export const groupsResolvers: Function[] = [
  CollaborationGroupResolver, CollaborationGroupMemberResolver, FeedItemResolver, FeedCommentResolver, FeedItemMentionResolver,
];
