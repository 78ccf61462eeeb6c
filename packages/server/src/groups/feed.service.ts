import type { RequestContext } from '../api/request-context';
import { assertId, badInput, forbidden, notFound } from '../common/errors';
import { attachFiles, fileStore } from '../files/file.service';
import { ContentDocument } from '../files/content-document.entity';
import { Competitor } from '../sales/competitor.entity';
import { SEARCH_OBJECTS } from '../search/search-objects';
import { canManage, canReadFeed, READABLE_GROUP_SQL } from './group-access';
import { groupService } from './group.service';
import { FeedComment, FeedItem, FeedItemMention } from './feed.entity';
import { CollaborationGroup } from './group.entity';

export interface MentionInput {
  objectApiName: string;
  recordId: string;
}

export interface PostInput {
  groupId: string;
  body: string;
  linkUrl?: string | null;
  fileIds?: string[] | null;
  mentions?: MentionInput[] | null;
}

/** Objects a post may mention, with the entity and access its visibility is checked through. */
export const MENTIONABLE = new Map<string, { entity: Function; access: 'owner' | 'org' }>([
  ...SEARCH_OBJECTS.map((o) => [o.objectApiName, { entity: o.entity, access: o.access }] as const),
  ['Competitor', { entity: Competitor, access: 'org' }],
]);

const MAX_BODY = 10_000;

function cleanBody(body: string | null | undefined, field: string): string {
  const b = (body ?? '').trim();
  if (!b) throw badInput(field, 'Complete this field.');
  if (b.length > MAX_BODY) throw badInput(field, `Use at most ${MAX_BODY} characters.`);
  return b;
}

function cleanLink(url: string | null | undefined): string | null {
  const u = url?.trim();
  if (!u) return null;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw badInput('linkUrl', 'Enter a full web address (https://...)');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw badInput('linkUrl', 'Only http and https links can be posted');
  if (u.length > 2000) throw badInput('linkUrl', 'Use at most 2000 characters.');
  return parsed.toString();
}

/** A record the caller may read, or null (one scoped, batched lookup per object). */
export function loadMentioned(ctx: RequestContext, objectApiName: string, recordId: string): Promise<{ name?: string; subject?: string | null; caseNumber?: string } | null> {
  const o = MENTIONABLE.get(objectApiName);
  if (!o) return Promise.resolve(null);
  return ctx.loaders.byId(o.entity as never, o.access).load(recordId) as never;
}

export class FeedService {
  createPost(ctx: RequestContext, input: PostInput): Promise<FeedItem> {
    return ctx.transaction(async () => {
      const g = await groupService.findGroup(ctx, input.groupId);
      if (!(await canReadFeed(ctx, g))) throw forbidden('Only members post in a private group', { field: 'groupId' });
      if (g.isArchived) throw badInput('groupId', 'This group is archived');
      const body = cleanBody(input.body, 'body');
      const linkUrl = cleanLink(input.linkUrl);
      const fileIds = (input.fileIds ?? []).map((id) => assertId(id, 'fileIds'));
      if (fileIds.length > 10) throw badInput('fileIds', 'Attach at most 10 files');
      const mentions = input.mentions ?? [];
      if (mentions.length > 10) throw badInput('mentions', 'Mention at most 10 records');
      const seen = new Set<string>();
      for (const m of mentions) {
        if (!MENTIONABLE.has(m.objectApiName)) throw badInput('mentions', `Records of ${m.objectApiName} cannot be mentioned`);
        const id = assertId(m.recordId, 'mentions');
        if (!(await loadMentioned(ctx, m.objectApiName, id))) throw badInput('mentions', `${m.objectApiName} ${m.recordId} was not found`);
        seen.add(`${m.objectApiName}:${id}`);
      }
      const repo = ctx.em.getRepository(FeedItem);
      const post = await repo.save(repo.create({
        orgId: ctx.orgId, parentId: g.id, createdById: ctx.user.id, body, linkUrl, commentCount: 0,
        type: fileIds.length ? 'ContentPost' : linkUrl ? 'LinkPost' : 'TextPost',
      }));
      if (seen.size) {
        await ctx.em.getRepository(FeedItemMention).insert([...seen].map((k) => {
          const [objectApiName, recordId] = k.split(':');
          return { orgId: ctx.orgId, feedItemId: post.id, objectApiName, recordId };
        }));
      }
      await attachFiles(ctx, fileIds, { objectApiName: 'FeedItem', recordId: post.id });
      await ctx.em.query(`UPDATE collaboration_group SET "lastFeedModifiedDate" = now() WHERE id = $1`, [g.id]);
      return post;
    });
  }

  createComment(ctx: RequestContext, postId: string, body: string): Promise<FeedComment> {
    return ctx.transaction(async () => {
      const post = await this.findPost(ctx, postId, 'feedItemId');
      const commentBody = cleanBody(body, 'commentBody');
      const repo = ctx.em.getRepository(FeedComment);
      const c = await repo.save(repo.create({ orgId: ctx.orgId, feedItemId: post.id, createdById: ctx.user.id, commentBody }));
      await ctx.em.query(`UPDATE feed_item SET "commentCount" = "commentCount" + 1 WHERE id = $1`, [post.id]);
      return c;
    });
  }

  /** A post of a group the caller reads, or NOT_FOUND. */
  async findPost(ctx: RequestContext, postId: string, field = 'id'): Promise<FeedItem> {
    const post = await ctx.em.getRepository(FeedItem).findOneBy({ id: assertId(postId, field), orgId: ctx.orgId });
    const g = post && (await groupService.findGroup(ctx, post.parentId));
    if (!post || !g || !(await canReadFeed(ctx, g))) throw notFound('FeedItem', postId, field);
    return post;
  }

  async canDelete(ctx: RequestContext, post: FeedItem): Promise<boolean> {
    if (post.createdById === ctx.user.id) return true;
    const g = await ctx.loaders.byId(CollaborationGroup, 'org').load(post.parentId);
    return !!g && canManage(ctx, g);
  }

  /** The author, the group's owner or managers, or an administrator; comments, mentions and files go with it. */
  async deletePost(ctx: RequestContext, postId: string): Promise<string> {
    const files = await ctx.transaction(async () => {
      const post = await this.findPost(ctx, postId);
      const g = await groupService.findGroup(ctx, post.parentId);
      if (post.createdById !== ctx.user.id && !(await canManage(ctx, g))) throw forbidden('Only the author or a group manager can delete this post');
      const docs = await ctx.em.getRepository(ContentDocument).findBy({ orgId: ctx.orgId, linkedObjectApiName: 'FeedItem', linkedRecordId: post.id });
      await ctx.em.query(`DELETE FROM content_document WHERE "orgId" = $1 AND "linkedObjectApiName" = 'FeedItem' AND "linkedRecordId" = $2`, [ctx.orgId, post.id]);
      await ctx.em.query(`DELETE FROM feed_item WHERE id = $1`, [post.id]);
      return docs;
    });
    await Promise.all(files.map((d) => fileStore(ctx).discard(d).catch(() => {})));
    return postId;
  }

  /** Posts that mention a record the caller reads, from groups they read, newest first (one statement). */
  async postsMentioning(ctx: RequestContext, recordId: string, first: number): Promise<FeedItem[]> {
    const id = assertId(recordId, 'mentioning');
    const [row] = await ctx.em.query(`SELECT DISTINCT "objectApiName" FROM feed_item_mention WHERE "orgId" = $1 AND "recordId" = $2`, [ctx.orgId, id]);
    if (!row || !(await loadMentioned(ctx, row.objectApiName, id))) return [];
    return ctx.em.getRepository(FeedItem).createQueryBuilder('f')
      .innerJoin('collaboration_group', 'g', 'g.id = f."parentId"')
      .where('f."orgId" = :org', { org: ctx.orgId })
      .andWhere(`EXISTS (SELECT 1 FROM feed_item_mention m WHERE m."feedItemId" = f.id AND m."recordId" = :id)`, { id })
      .andWhere(READABLE_GROUP_SQL('g', ':me'), { me: ctx.user.id })
      .orderBy('f.createdDate', 'DESC').addOrderBy('f.id', 'DESC')
      .limit(Math.min(Math.max(first, 1), 100))
      .getMany();
  }
}

export const feedService = new FeedService();
