import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { Lead } from '../sales/lead.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { CampaignMember } from './campaign-member.entity';
import { campaignMemberService as members } from './campaign-member.service';
import { AddCampaignMembersInput, AddCampaignMembersResult, campaignMemberList, CreateCampaignMemberInput, UpdateCampaignMemberInput } from './campaign-member.types';
import { Campaign } from './campaign.entity';
import { campaignService } from './campaign.service';

const LEAD_CAMPAIGN_MEMBERS: ToManySpec = { service: members, by: 'leadId' };
const CONTACT_CAMPAIGN_MEMBERS: ToManySpec = { service: members, by: 'contactId' };

@Resolver(() => CampaignMember)
export class CampaignMemberResolver extends createCrudResolver({ entity: CampaignMember, service: members, create: CreateCampaignMemberInput, update: UpdateCampaignMemberInput }) {
  @Mutation(() => AddCampaignMembersResult, { description: 'Adds many leads and contacts at once; all or nothing.' })
  addCampaignMembers(@Arg('input', () => AddCampaignMembersInput) input: AddCampaignMembersInput, @Ctx() ctx: RequestContext) {
    return members.addMany(ctx, input);
  }

  @ToOne(campaignService, 'campaignId')
  @FieldResolver(() => Campaign)
  campaign(@Root() m: CampaignMember, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, campaignService, m.campaignId);
  }

  @ToOne({ entity: Lead, access: 'owner' }, 'leadId')
  @FieldResolver(() => Lead, { nullable: true, description: 'Null for contact members and leads you cannot see.' })
  lead(@Root() m: CampaignMember, @Ctx() ctx: RequestContext) {
    return m.leadId ? ctx.loaders.byId(Lead, 'owner').load(m.leadId) : null;
  }

  @ToOne(contactService, 'contactId')
  @FieldResolver(() => Contact, { nullable: true, description: 'Null for lead members and contacts you cannot see.' })
  contact(@Root() m: CampaignMember, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, m.contactId);
  }

  @FieldResolver(() => String, { description: '"Lead" or "Contact" (a converted lead counts as its contact).' })
  type(@Root() m: CampaignMember) {
    return m.contactId ? 'Contact' : 'Lead';
  }

  @FieldResolver(() => String, { nullable: true, description: "The lead's or contact's name (null if you cannot see them)." })
  async name(@Root() m: CampaignMember, @Ctx() ctx: RequestContext) {
    return (await members.person(ctx, m))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The lead's or contact's email." })
  async email(@Root() m: CampaignMember, @Ctx() ctx: RequestContext) {
    return (await members.person(ctx, m))?.email ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The lead's company or the contact's account name." })
  companyOrAccount(@Root() m: CampaignMember, @Ctx() ctx: RequestContext) {
    return members.companyOrAccount(ctx, m);
  }
}

@Resolver(() => Lead)
export class LeadCampaignMembersResolver {
  @ToMany(LEAD_CAMPAIGN_MEMBERS)
  @FieldResolver(() => campaignMemberList.Connection, { description: "The lead's campaign memberships." })
  campaignMembers(@Root() l: Lead, @Args(() => campaignMemberList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...LEAD_CAMPAIGN_MEMBERS, parentId: l.id, args, info });
  }
}

@Resolver(() => Contact)
export class ContactCampaignMembersResolver {
  @ToMany(CONTACT_CAMPAIGN_MEMBERS)
  @FieldResolver(() => campaignMemberList.Connection, { description: "The contact's campaign memberships." })
  campaignMembers(@Root() c: Contact, @Args(() => campaignMemberList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CONTACT_CAMPAIGN_MEMBERS, parentId: c.id, args, info });
  }
}

@Resolver(() => Opportunity)
export class OpportunityCampaignResolver {
  @ToOne(campaignService, 'campaignId')
  @FieldResolver(() => Campaign, { nullable: true, description: 'Primary Campaign Source.' })
  campaign(@Root() o: Opportunity, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, campaignService, o.campaignId);
  }
}
