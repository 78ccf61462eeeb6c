import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { ReadsId } from '../common/list/selection';
import { MAX_TREE_DEPTH, TreeLoaders, type TreeSource } from '../common/tree/tree-loaders';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { Account } from './account.entity';
import { accountService } from './account.service';
import { accountList, CreateAccountInput, UpdateAccountInput } from './account.types';
import { Contact } from './contact.entity';
import { contactService } from './contact.service';
import { contactList, CreateContactInput, UpdateContactInput } from './contact.types';

const CHILD_ACCOUNTS: ToManySpec<Account> = { service: accountService, by: 'parentId' };
const TREE: TreeSource<Account> = { entity: Account, table: 'account', access: accountService.access, orderBy: 'name' };
const ACCOUNT_CONTACTS: ToManySpec<Contact> = { service: contactService, by: 'accountId' };

@Resolver(() => Account)
export class AccountResolver extends createCrudResolver({ entity: Account, service: accountService, create: CreateAccountInput, update: UpdateAccountInput }) {
  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User)
  owner(@Root() a: Account, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, a.ownerId);
  }

  @ToOne(accountService, 'parentId')
  @FieldResolver(() => Account, { nullable: true, description: 'The parent in the account hierarchy.' })
  parent(@Root() a: Account, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, a.parentId);
  }

  @ReadsId()
  @FieldResolver(() => [Account], {
    description: `The parent chain, nearest first (parent, grandparent ...), at most maxDepth levels (up to ${MAX_TREE_DEPTH}); accounts you cannot see are left out. One statement per level of the query for all accounts.`,
  })
  ancestors(@Root() a: Account, @Arg('maxDepth', () => Int, { nullable: true }) maxDepth: number | null, @Ctx() ctx: RequestContext) {
    return TreeLoaders.ancestors(ctx, TREE, a.id, { nearestFirst: true, maxDepth: maxDepth ?? MAX_TREE_DEPTH });
  }

  @ToOne(contactService, 'personContactId')
  @FieldResolver(() => Contact, { nullable: true, description: "A person account's own contact: add it to campaigns as a member." })
  personContact(@Root() a: Account, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, a.personContactId);
  }

  @ToMany(CHILD_ACCOUNTS)
  @FieldResolver(() => accountList.Connection, { description: 'Accounts whose parent is this account.' })
  childAccounts(@Root() a: Account, @Args(() => accountList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CHILD_ACCOUNTS, parentId: a.id, args, info });
  }

  @ToMany(ACCOUNT_CONTACTS)
  @FieldResolver(() => contactList.Connection)
  contacts(@Root() a: Account, @Args(() => contactList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...ACCOUNT_CONTACTS, parentId: a.id, args, info });
  }
}

@Resolver(() => Contact)
export class ContactResolver extends createCrudResolver({ entity: Contact, service: contactService, create: CreateContactInput, update: UpdateContactInput }) {
  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User)
  owner(@Root() c: Contact, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, c.ownerId);
  }

  @ToOne(accountService, 'accountId')
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() c: Contact, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, accountService, c.accountId);
  }

  @ToOne(contactService, 'reportsToId')
  @FieldResolver(() => Contact, { nullable: true })
  reportsTo(@Root() c: Contact, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, contactService, c.reportsToId);
  }
}
