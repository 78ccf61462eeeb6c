import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
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
import { CaseStatus } from './case-status.entity';
import { Case } from './case.entity';
import { caseService } from './case.service';
import { caseList, CreateCaseInput, UpdateCaseInput } from './case.types';

const ACCOUNT_CASES: ToManySpec = { service: caseService, by: 'accountId' };
const CONTACT_CASES: ToManySpec = { service: caseService, by: 'contactId' };

@Resolver(() => Case)
export class CaseResolver extends createCrudResolver({ entity: Case, service: caseService, create: CreateCaseInput, update: UpdateCaseInput }) {
  @Query(() => [CaseStatus], { description: "The organisation's case statuses, in sort order." })
  caseStatuses(@Ctx() ctx: RequestContext) {
    return caseService.statuses(ctx);
  }

  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User)
  owner(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, c.ownerId);
  }

  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, c.accountId);
  }

  @ToOne(contactService, 'contactId')
  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, c.contactId);
  }

  @ToOne(caseService, 'parentId')
  @FieldResolver(() => Case, { nullable: true, description: 'The parent case.' })
  parent(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, caseService, c.parentId);
  }
}

/** Account.cases: the account's cases. */
@Resolver(() => Account)
export class AccountCasesResolver {
  @ToMany(ACCOUNT_CASES)
  @FieldResolver(() => caseList.Connection)
  cases(@Root() a: Account, @Args(() => caseList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...ACCOUNT_CASES, parentId: a.id, args, info });
  }
}

/** Contact.cases: the contact's cases. */
@Resolver(() => Contact)
export class ContactCasesResolver {
  @ToMany(CONTACT_CASES)
  @FieldResolver(() => caseList.Connection)
  cases(@Root() c: Contact, @Args(() => caseList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CONTACT_CASES, parentId: c.id, args, info });
  }
}
