import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Float, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { ReadsId } from '../common/list/selection';
import { SqlValue, TreeChildren } from '../common/list/json-pages';
import { TreeLoaders, type TreeSource } from '../common/tree/tree-loaders';
import { Campaign } from './campaign.entity';
import { campaignStatistics as stats, statisticsSql } from './campaign-statistics';

const TREE: TreeSource<Campaign> = { entity: Campaign, table: 'campaign', access: 'org', orderBy: 'name' };

// JSON pages compute the statistics in SQL, so they keep their level on the JSON path.
const own = (column: string) => SqlValue({ key: 'campaignStats', sql: statisticsSql, column });
const hier = (column: string) => SqlValue({ key: 'campaignStats', sql: statisticsSql, column: `hierarchy${column[0].toUpperCase()}${column.slice(1)}` });

/**
 * Tree fields and roll-up statistics of campaigns; each resolves one level with one statement,
 * and reads nothing of its campaign but the id (trees then load only the columns selected).
 */
@Resolver(() => Campaign)
export class CampaignHierarchyResolver {
  @ReadsId() @TreeChildren(TREE) @FieldResolver(() => [Campaign], { description: 'Direct child campaigns, by name.' })
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
  @ReadsId() @own('numberOfLeads') @FieldResolver(() => Int, { description: 'Leads in Campaign (unconverted lead members).' })
  numberOfLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfLeads'); }
  @ReadsId() @own('numberOfConvertedLeads') @FieldResolver(() => Int, { description: 'Converted Leads in Campaign.' })
  numberOfConvertedLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfConvertedLeads'); }
  @ReadsId() @own('numberOfContacts') @FieldResolver(() => Int, { description: 'Contacts in Campaign (converted leads included).' })
  numberOfContacts(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfContacts'); }
  @ReadsId() @own('numberOfResponses') @FieldResolver(() => Int, { description: 'Responses in Campaign: contacts and unconverted leads that responded.' })
  numberOfResponses(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfResponses'); }
  @ReadsId() @own('numberOfOpportunities') @FieldResolver(() => Int, { description: 'Opportunities with this campaign as primary source.' })
  numberOfOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfOpportunities'); }
  @ReadsId() @own('numberOfWonOpportunities') @FieldResolver(() => Int, { description: 'Won Opportunities in Campaign.' })
  numberOfWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'numberOfWonOpportunities'); }
  @ReadsId() @own('amountAllOpportunities') @FieldResolver(() => Float, { description: 'Value Opportunities in Campaign (open, won and lost).' })
  amountAllOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'amountAllOpportunities'); }
  @ReadsId() @own('amountWonOpportunities') @FieldResolver(() => Float, { description: 'Value Won Opportunities in Campaign.' })
  amountWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'own', 'amountWonOpportunities'); }

  // The same over the campaign and all its descendants.
  @ReadsId() @hier('numberOfLeads') @FieldResolver(() => Int) hierarchyNumberOfLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfLeads'); }
  @ReadsId() @hier('numberOfConvertedLeads') @FieldResolver(() => Int) hierarchyNumberOfConvertedLeads(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfConvertedLeads'); }
  @ReadsId() @hier('numberOfContacts') @FieldResolver(() => Int) hierarchyNumberOfContacts(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfContacts'); }
  @ReadsId() @hier('numberOfResponses') @FieldResolver(() => Int) hierarchyNumberOfResponses(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfResponses'); }
  @ReadsId() @hier('numberOfOpportunities') @FieldResolver(() => Int) hierarchyNumberOfOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfOpportunities'); }
  @ReadsId() @hier('numberOfWonOpportunities') @FieldResolver(() => Int) hierarchyNumberOfWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberOfWonOpportunities'); }
  @ReadsId() @hier('amountAllOpportunities') @FieldResolver(() => Float) hierarchyAmountAllOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'amountAllOpportunities'); }
  @ReadsId() @hier('amountWonOpportunities') @FieldResolver(() => Float) hierarchyAmountWonOpportunities(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'amountWonOpportunities'); }
  @ReadsId() @hier('budgetedCost') @FieldResolver(() => Float) hierarchyBudgetedCost(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'budgetedCost'); }
  @ReadsId() @hier('actualCost') @FieldResolver(() => Float) hierarchyActualCost(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'actualCost'); }
  @ReadsId() @hier('expectedRevenue') @FieldResolver(() => Float) hierarchyExpectedRevenue(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'expectedRevenue'); }
  @ReadsId() @hier('numberSent') @FieldResolver(() => Float) hierarchyNumberSent(@Root() c: Campaign, @Ctx() ctx: RequestContext) { return stats.field(ctx, c.id, 'hierarchy', 'numberSent'); }
}
