import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { CaseStatus } from './case-status.entity';
import { Case } from './case.entity';
import { caseService } from './case.service';
import { caseList, CreateCaseInput, UpdateCaseInput } from './case.types';

@Resolver(() => Case)
export class CaseResolver extends createCrudResolver({ entity: Case, service: caseService, create: CreateCaseInput, update: UpdateCaseInput }) {
  @Query(() => [CaseStatus], { description: "The organisation's case statuses, in sort order." })
  caseStatuses(@Ctx() ctx: RequestContext) {
    return caseService.statuses(ctx);
  }

  @FieldResolver(() => User)
  owner(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, c.ownerId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, c.accountId);
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, c.contactId);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The parent case.' })
  parent(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, caseService, c.parentId);
  }
}

/** Account.cases: the account's cases. */
@Resolver(() => Account)
export class AccountCasesResolver {
  @FieldResolver(() => caseList.Connection)
  cases(@Root() a: Account, @Args(() => caseList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { service: caseService, parentId: a.id, args, info, by: 'accountId' });
  }
}

/** Contact.cases: the contact's cases. */
@Resolver(() => Contact)
export class ContactCasesResolver {
  @FieldResolver(() => caseList.Connection)
  cases(@Root() c: Contact, @Args(() => caseList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { service: caseService, parentId: c.id, args, info, by: 'contactId' });
  }
}
