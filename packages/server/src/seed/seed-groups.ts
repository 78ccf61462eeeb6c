import { CollaborationGroup, CollaborationGroupMember, CollaborationType } from '../groups/group.entity';
import { FeedComment, FeedItem, FeedItemMention } from '../groups/feed.entity';
import { bulkInsert, type SeedContext } from './context';

/**
 * Chatter: the public "Competitive Insights" group (owned by marketing; rep, manager and ceo
 * members) with posts about a rep's open deal and a competitor, and a private deal-desk group.
 */
export async function seedGroups(ctx: SeedContext): Promise<number> {
  const { em, orgId, users } = ctx;
  const r = ctx.rng('groups');
  const { dateTime } = ctx.dates;
  const u = (key: string) => users[key].id;
  const insights = r.uuid();
  const desk = r.uuid();
  await bulkInsert(em, CollaborationGroup, [
    { id: insights, orgId, name: 'Competitive Insights', description: 'Field notes on competitors: pricing, features, wins and losses. Mention the deal or the competitor.',
      collaborationType: CollaborationType.Public, ownerId: u('marketing'), memberCount: 4, isArchived: false, createdDate: dateTime(-120, 9), lastFeedModifiedDate: dateTime(-2, 15) },
    { id: desk, orgId, name: 'Deal Desk', description: 'Pricing exceptions and discount strategy for the sales leadership.',
      collaborationType: CollaborationType.Private, ownerId: u('manager'), memberCount: 2, isArchived: false, createdDate: dateTime(-90, 9), lastFeedModifiedDate: dateTime(-5, 11) },
  ]);
  const member = (g: string, key: string, role: 'Admin' | 'Standard', days: number) =>
    ({ id: r.uuid(), orgId, collaborationGroupId: g, memberId: u(key), collaborationRole: role, createdDate: dateTime(days, 10) });
  await bulkInsert(em, CollaborationGroupMember, [
    member(insights, 'marketing', 'Admin', -120), member(insights, 'manager', 'Admin', -119),
    member(insights, 'rep', 'Standard', -118), member(insights, 'ceo', 'Standard', -100),
    member(desk, 'manager', 'Admin', -90), member(desk, 'ceo', 'Standard', -90),
  ]);

  const deal = ctx.opportunities.find((o) => o.ownerId === u('rep') && !o.isClosed) ?? ctx.opportunities[0];
  const [[competitor], [dealRow]] = await Promise.all([
    em.query(`SELECT id, name FROM competitor WHERE "orgId" = $1 AND "isActive" ORDER BY name = 'HubSpot' DESC, name LIMIT 1`, [orgId]),
    em.query(`SELECT name FROM opportunity WHERE id = $1`, [deal.id]),
  ]);
  const posts = [
    { id: r.uuid(), by: 'marketing', days: -30, body: 'Welcome! Share what you hear about competitors here, and mention the deal so it shows on its page.' },
    { id: r.uuid(), by: 'rep', days: -4, body: `${competitor.name} offered a 20% first-year discount on ${dealRow.name}. Their onboarding is slower: I am leaning on our rollout plan.`, mentions: [['Opportunity', deal.id], ['Competitor', competitor.id]] },
    { id: r.uuid(), by: 'manager', days: -2, body: `Battle card for ${competitor.name}: lead with time to value and the service desk integration.`, link: 'https://example.com/battle-cards/competitor', mentions: [['Competitor', competitor.id]] },
  ];
  await bulkInsert(em, FeedItem, posts.map((p) => ({
    id: p.id, orgId, parentId: insights, createdById: u(p.by), body: p.body, linkUrl: p.link ?? null,
    type: p.link ? 'LinkPost' : 'TextPost', commentCount: p.by === 'rep' ? 1 : 0, createdDate: dateTime(p.days, 14),
  })));
  await bulkInsert(em, FeedItemMention, posts.flatMap((p) => (p.mentions ?? []).map(([objectApiName, recordId]) =>
    ({ id: r.uuid(), orgId, feedItemId: p.id, objectApiName, recordId, createdDate: dateTime(p.days, 14) }))));
  await bulkInsert(em, FeedComment, [
    { id: r.uuid(), orgId, feedItemId: posts[1].id, createdById: u('manager'), commentBody: 'Good call. Loop me in before you match any discount.', createdDate: dateTime(-4, 16) },
  ]);
  const deskPost = r.uuid();
  await bulkInsert(em, FeedItem, [{ id: deskPost, orgId, parentId: desk, createdById: u('manager'), body: 'Floor for Q4 multi-year deals stays at 15% off list.', linkUrl: null, type: 'TextPost', commentCount: 0, createdDate: dateTime(-5, 11) }]);
  return 2;
}
