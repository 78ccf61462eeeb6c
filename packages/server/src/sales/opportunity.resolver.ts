import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Float, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { toConnection } from '../common/list/define-list';
import { OpportunityFieldHistory } from './opportunity-field-history.entity';
import { opportunityFieldHistoryList, opportunityFieldHistoryService } from './opportunity-field-history.service';
import { OpportunityStage } from './opportunity-stage.entity';
import { opportunityStageService } from './picklist-admin.service';
import { Opportunity } from './opportunity.entity';
import { opportunityService } from './opportunity.service';
import { CreateOpportunityInput, opportunityList, UpdateOpportunityInput } from './opportunity.types';

const OPPORTUNITY_HISTORY: ToManySpec<OpportunityFieldHistory> = { service: opportunityFieldHistoryService, by: 'opportunityId' };

@Resolver(() => Opportunity)
export class OpportunityResolver extends createCrudResolver({
  entity: Opportunity, service: opportunityService, create: CreateOpportunityInput, update: UpdateOpportunityInput, plural: 'opportunities',
}) {
  @Query(() => [OpportunityStage], { description: "The organisation's opportunity stages (the path), by sortOrder: active ones unless includeInactive." })
  opportunityStages(@Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false }) includeInactive: boolean, @Ctx() ctx: RequestContext) {
    return opportunityStageService.all(ctx, includeInactive);
  }

  @ToMany(OPPORTUNITY_HISTORY)
  @FieldResolver(() => opportunityFieldHistoryList.Connection, { description: 'Changes of the tracked fields, newest first.' })
  history(@Root() o: Opportunity, @Args(() => opportunityFieldHistoryList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...OPPORTUNITY_HISTORY, parentId: o.id, args, info });
  }

  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User)
  owner(@Root() o: Opportunity, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, o.ownerId);
  }

  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() o: Opportunity, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, o.accountId);
  }

  @ToOne(contactService, 'contactId')
  @FieldResolver(() => Contact, { nullable: true, description: 'The primary contact.' })
  contact(@Root() o: Opportunity, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, o.contactId);
  }

  @Extensions({ columns: ['amount', 'probability'] })
  @FieldResolver(() => Float, { nullable: true, description: 'amount × probability / 100 (read-only).' })
  expectedRevenue(@Root() o: Opportunity) {
    return opportunityService.expectedRevenue(o);
  }
}

const ACCOUNT_OPPORTUNITIES: ToManySpec<Opportunity> = { service: opportunityService, by: 'accountId' };
const CONTACT_OPPORTUNITIES: ToManySpec<Opportunity> = { service: opportunityService, by: 'contactId' };

@Resolver(() => Account)
export class AccountOpportunitiesResolver {
  @ToMany(ACCOUNT_OPPORTUNITIES)
  @FieldResolver(() => opportunityList.Connection, { description: "The account's opportunities." })
  opportunities(@Root() a: Account, @Args(() => opportunityList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...ACCOUNT_OPPORTUNITIES, parentId: a.id, args, info });
  }
}

@Resolver(() => Contact)
export class ContactOpportunitiesResolver {
  @ToMany(CONTACT_OPPORTUNITIES)
  @FieldResolver(() => opportunityList.Connection, { description: 'Opportunities whose primary contact this is.' })
  opportunities(@Root() c: Contact, @Args(() => opportunityList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CONTACT_OPPORTUNITIES, parentId: c.id, args, info });
  }
}

@Resolver(() => OpportunityFieldHistory)
export class OpportunityFieldHistoryResolver {
  @Query(() => opportunityFieldHistoryList.Connection, {
    description: 'Field history of the opportunities the caller can see, newest first; filter by field, createdDate, opportunityId.',
  })
  async opportunityFieldHistories(@Args(() => opportunityFieldHistoryList.Args) args: ListArgs, @Ctx() ctx: RequestContext) {
    return toConnection(opportunityFieldHistoryList, await opportunityFieldHistoryService.findMany(ctx, args));
  }

  @ToOne(userService, 'createdById')
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  createdBy(@Root() h: OpportunityFieldHistory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, h.createdById);
  }
}
