import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Float, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { ReadsId } from '../common/list/selection';
import { TreeLoaders, type TreeSource } from '../common/tree/tree-loaders';
import { Campaign } from './campaign.entity';
import { campaignStatistics as stats } from './campaign-statistics';

const TREE: TreeSource<Campaign> = { entity: Campaign, table: 'campaign', access: 'org', orderBy: 'name' };

/**
 * Tree fields and roll-up statistics of campaigns; each resolves one level with one statement,
 * and reads nothing of its campaign but the id (trees then load only the columns selected).
 */
@Resolver(() => Campaign)
export class CampaignHierarchyResolver {
  @ReadsId() @FieldResolver(() => [Campaign], { description: 'Direct child campaigns, by name.' })
  children(@Root() c: Campaign, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return TreeLoaders.children(ctx, TREE, c.id, info);
  }

  @ReadsId() @FieldResolver(() => [Campaign], { description: 'Parent, grandparent ... root first.' })
  ancestors(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return TreeLoaders.ancestors(ctx, TREE, c.id);
  }

  @ReadsId() @FieldResolver(() => [Campaign], { description: 'Every campaign below, level by level, at most maxDepth levels down.' })
  descendants(@Root() c: Campaign, @Arg('maxDepth', () => Int, { defaultValue: 10 }) maxDepth: number, @Ctx() ctx: RequestContext) {
    return TreeLoaders.descendants(ctx, TREE, c.id, Math.max(1, Math.min(maxDepth, 100)));
  }

  @ReadsId() @FieldResolver(() => Int, { description: 'Levels above this campaign: a root has depth 0.' })
  depth(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return TreeLoaders.depth(ctx, TREE, c.id);
  }

  // Statistics of this campaign alone.
  @ReadsId() @FieldResolver(() => Int, { description: 'Leads in Campaign (unconverted lead members).' })
  numberOfLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfLeads'); }
  @ReadsId() @FieldResolver(() => Int, { description: 'Converted Leads in Campaign.' })
  numberOfConvertedLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfConvertedLeads'); }
  @ReadsId() @FieldResolver(() => Int, { description: 'Contacts in Campaign (converted leads included).' })
  numberOfContacts(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfContacts'); }
  @ReadsId() @FieldResolver(() => Int, { description: 'Responses in Campaign: contacts and unconverted leads that responded.' })
  numberOfResponses(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfResponses'); }
  @ReadsId() @FieldResolver(() => Int, { description: 'Opportunities with this campaign as primary source.' })
  numberOfOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfOpportunities'); }
  @ReadsId() @FieldResolver(() => Int, { description: 'Won Opportunities in Campaign.' })
  numberOfWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfWonOpportunities'); }
  @ReadsId() @FieldResolver(() => Float, { description: 'Value Opportunities in Campaign (open, won and lost).' })
  amountAllOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'amountAllOpportunities'); }
  @ReadsId() @FieldResolver(() => Float, { description: 'Value Won Opportunities in Campaign.' })
  amountWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'amountWonOpportunities'); }

  // The same over the campaign and all its descendants.
  @ReadsId() @FieldResolver(() => Int) hierarchyNumberOfLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfLeads'); }
  @ReadsId() @FieldResolver(() => Int) hierarchyNumberOfConvertedLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfConvertedLeads'); }
  @ReadsId() @FieldResolver(() => Int) hierarchyNumberOfContacts(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfContacts'); }
  @ReadsId() @FieldResolver(() => Int) hierarchyNumberOfResponses(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfResponses'); }
  @ReadsId() @FieldResolver(() => Int) hierarchyNumberOfOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfOpportunities'); }
  @ReadsId() @FieldResolver(() => Int) hierarchyNumberOfWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfWonOpportunities'); }
  @ReadsId() @FieldResolver(() => Float) hierarchyAmountAllOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'amountAllOpportunities'); }
  @ReadsId() @FieldResolver(() => Float) hierarchyAmountWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'amountWonOpportunities'); }
  @ReadsId() @FieldResolver(() => Float) hierarchyBudgetedCost(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'budgetedCost'); }
  @ReadsId() @FieldResolver(() => Float) hierarchyActualCost(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'actualCost'); }
  @ReadsId() @FieldResolver(() => Float) hierarchyExpectedRevenue(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'expectedRevenue'); }
  @ReadsId() @FieldResolver(() => Float) hierarchyNumberSent(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberSent'); }
}
