import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef, ToOne } from '../common/crud/relations';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { leadConvertService } from './lead-convert.service';
import { LeadStatus } from './lead-status.entity';
import { Lead } from './lead.entity';
import { leadService } from './lead.service';
import { CreateLeadInput, LeadConvertInput, LeadConvertResult, UpdateLeadInput } from './lead.types';
import { Opportunity } from './opportunity.entity';
import { opportunityService } from './opportunity.service';

@Resolver(() => Lead)
export class LeadResolver extends createCrudResolver({ entity: Lead, service: leadService, create: CreateLeadInput, update: UpdateLeadInput }) {
  @Query(() => [LeadStatus], { description: "The organisation's lead statuses, by sortOrder." })
  leadStatuses(@Ctx() ctx: RequestContext) {
    return leadService.statuses(ctx);
  }

  @Mutation(() => Lead, {
    description: "The lead page calls this when the owner opens the lead: clears isUnreadByOwner (anyone else's call changes nothing). Reads never write.",
  })
  markLeadRead(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return leadService.markRead(ctx, id);
  }

  @Mutation(() => LeadConvertResult, { description: 'Converts a lead into an account, a contact and (optionally) an opportunity.' })
  convertLead(@Arg('input', () => LeadConvertInput) input: LeadConvertInput, @Ctx() ctx: RequestContext) {
    return leadConvertService.convert(ctx, input);
  }

  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User)
  owner(@Root() l: Lead, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, l.ownerId);
  }

  @ToOne(accountService, 'convertedAccountId')
  @FieldResolver(() => Account, { nullable: true, description: 'Set by conversion.' })
  convertedAccount(@Root() l: Lead, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, l.convertedAccountId);
  }

  @ToOne(contactService, 'convertedContactId')
  @FieldResolver(() => Contact, { nullable: true, description: 'Set by conversion.' })
  convertedContact(@Root() l: Lead, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, l.convertedContactId);
  }

  @ToOne(opportunityService, 'convertedOpportunityId')
  @FieldResolver(() => Opportunity, { nullable: true, description: 'Set by conversion, unless it created no opportunity.' })
  convertedOpportunity(@Root() l: Lead, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, opportunityService, l.convertedOpportunityId);
  }
}

@Resolver(() => LeadConvertResult)
export class LeadConvertResultResolver {
  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account)
  account(@Root() r: LeadConvertResult, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, r.accountId);
  }

  @ToOne(contactService, 'contactId')
  @FieldResolver(() => Contact)
  contact(@Root() r: LeadConvertResult, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, r.contactId);
  }

  @ToOne(opportunityService, 'opportunityId')
  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() r: LeadConvertResult, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, opportunityService, r.opportunityId);
  }
}
