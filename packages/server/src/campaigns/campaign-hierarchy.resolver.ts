import { Arg, Ctx, Float, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { TreeLoaders, type TreeSource } from '../common/tree/tree-loaders';
import { Campaign } from './campaign.entity';
import { campaignStatistics as stats } from './campaign-statistics';

const TREE: TreeSource<Campaign> = { entity: Campaign, table: 'campaign', access: 'org', orderBy: 'name' };

/** Tree fields and roll-up statistics of campaigns; each resolves one level with one statement. */
@Resolver(() => Campaign)
export class CampaignHierarchyResolver {
  @FieldResolver(() => [Campaign], { description: 'Direct child campaigns, by name.' })
  children(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return TreeLoaders.children(ctx, TREE, c.id);
  }

  @FieldResolver(() => [Campaign], { description: 'Parent, grandparent ... root first.' })
  ancestors(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return TreeLoaders.ancestors(ctx, TREE, c.id);
  }

  @FieldResolver(() => [Campaign], { description: 'Every campaign below, level by level, at most maxDepth levels down.' })
  descendants(@Root() c: Campaign, @Arg('maxDepth', () => Int, { defaultValue: 10 }) maxDepth: number, @Ctx() ctx: RequestContext) {
    return TreeLoaders.descendants(ctx, TREE, c.id, Math.max(1, Math.min(maxDepth, 100)));
  }

  @FieldResolver(() => Int, { description: 'Levels above this campaign: a root has depth 0.' })
  depth(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return TreeLoaders.depth(ctx, TREE, c.id);
  }

  // Statistics of this campaign alone.
  @FieldResolver(() => Int, { description: 'Leads in Campaign (unconverted lead members).' })
  async numberOfLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).numberOfLeads; }
  @FieldResolver(() => Int, { description: 'Converted Leads in Campaign.' })
  async numberOfConvertedLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).numberOfConvertedLeads; }
  @FieldResolver(() => Int, { description: 'Contacts in Campaign (converted leads included).' })
  async numberOfContacts(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).numberOfContacts; }
  @FieldResolver(() => Int, { description: 'Responses in Campaign: contacts and unconverted leads that responded.' })
  async numberOfResponses(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).numberOfResponses; }
  @FieldResolver(() => Int, { description: 'Opportunities with this campaign as primary source.' })
  async numberOfOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).numberOfOpportunities; }
  @FieldResolver(() => Int, { description: 'Won Opportunities in Campaign.' })
  async numberOfWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).numberOfWonOpportunities; }
  @FieldResolver(() => Float, { description: 'Value Opportunities in Campaign (open, won and lost).' })
  async amountAllOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).amountAllOpportunities; }
  @FieldResolver(() => Float, { description: 'Value Won Opportunities in Campaign.' })
  async amountWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.own(ctx, c.id)).amountWonOpportunities; }

  // The same over the campaign and all its descendants.
  @FieldResolver(() => Int) async hierarchyNumberOfLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberOfLeads; }
  @FieldResolver(() => Int) async hierarchyNumberOfConvertedLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberOfConvertedLeads; }
  @FieldResolver(() => Int) async hierarchyNumberOfContacts(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberOfContacts; }
  @FieldResolver(() => Int) async hierarchyNumberOfResponses(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberOfResponses; }
  @FieldResolver(() => Int) async hierarchyNumberOfOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberOfOpportunities; }
  @FieldResolver(() => Int) async hierarchyNumberOfWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberOfWonOpportunities; }
  @FieldResolver(() => Float) async hierarchyAmountAllOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).amountAllOpportunities; }
  @FieldResolver(() => Float) async hierarchyAmountWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).amountWonOpportunities; }
  @FieldResolver(() => Float) async hierarchyBudgetedCost(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).budgetedCost; }
  @FieldResolver(() => Float) async hierarchyActualCost(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).actualCost; }
  @FieldResolver(() => Float) async hierarchyExpectedRevenue(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).expectedRevenue; }
  @FieldResolver(() => Float) async hierarchyNumberSent(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return (await stats.hierarchy(ctx, c.id)).numberSent; }
}
