import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { DateScalar } from '../common/scalars';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { opportunityService } from '../sales/opportunity.service';
import { opportunityList } from '../sales/opportunity.types';
import { CampaignMemberStatus } from './campaign-member-status.entity';
import { campaignMemberStatusService } from './campaign-member-status.service';
import { CreateCampaignMemberStatusInput, UpdateCampaignMemberStatusInput } from './campaign-member-status.types';
import { campaignMemberService } from './campaign-member.service';
import { campaignMemberList } from './campaign-member.types';
import { Campaign } from './campaign.entity';
import { campaignService } from './campaign.service';
import { campaignList, CreateCampaignInput, MAX_CALENDAR_CAMPAIGNS, MAX_CALENDAR_DAYS, UpdateCampaignInput } from './campaign.types';

const CAMPAIGN_MEMBERS: ToManySpec = { service: campaignMemberService, by: 'campaignId' };
const CAMPAIGN_OPPORTUNITIES: ToManySpec = { service: opportunityService, by: 'campaignId' };

@Resolver(() => Campaign)
export class CampaignResolver extends createCrudResolver({ entity: Campaign, service: campaignService, create: CreateCampaignInput, update: UpdateCampaignInput }) {
  @Query(() => [Campaign], {
    description: `Campaigns overlapping start..end (both included; at most ${MAX_CALENDAR_DAYS} days), by start date, at most ${MAX_CALENDAR_CAMPAIGNS}; a campaign without an end date shows on its start date.`,
  })
  campaignCalendar(
    @Arg('start', () => DateScalar) start: string,
    @Arg('end', () => DateScalar) end: string,
    @Arg('filter', () => campaignList.Filter, { nullable: true }) filter: Record<string, unknown> | null,
    @Ctx() ctx: RequestContext,
  ) {
    return campaignService.calendar(ctx, start, end, filter);
  }

  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User)
  owner(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, c.ownerId);
  }

  @ToOne(campaignService, 'parentId')
  @FieldResolver(() => Campaign, { nullable: true, description: 'The parent in the campaign hierarchy.' })
  parent(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, campaignService, c.parentId);
  }

  @FieldResolver(() => [CampaignMemberStatus], { description: 'The statuses members can have, in picklist order.' })
  memberStatuses(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return campaignMemberStatusService.ofCampaign(ctx, c.id);
  }

  @ToMany(CAMPAIGN_MEMBERS)
  @FieldResolver(() => campaignMemberList.Connection, { description: 'The leads and contacts in this campaign.' })
  members(@Root() c: Campaign, @Args(() => campaignMemberList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CAMPAIGN_MEMBERS, parentId: c.id, args, info });
  }

  @ToMany(CAMPAIGN_OPPORTUNITIES)
  @FieldResolver(() => opportunityList.Connection, { description: 'Visible opportunities whose Primary Campaign Source is this campaign.' })
  opportunities(@Root() c: Campaign, @Args(() => opportunityList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CAMPAIGN_OPPORTUNITIES, parentId: c.id, args, info });
  }
}

@Resolver(() => CampaignMemberStatus)
export class CampaignMemberStatusResolver extends createCrudResolver({
  entity: CampaignMemberStatus,
  service: campaignMemberStatusService,
  create: CreateCampaignMemberStatusInput,
  update: UpdateCampaignMemberStatusInput,
  plural: 'campaignMemberStatuses',
}) {
  @ToOne(campaignService, 'campaignId')
  @FieldResolver(() => Campaign)
  campaign(@Root() s: CampaignMemberStatus, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, campaignService, s.campaignId);
  }
}
