import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
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
import { caseList, CreateCaseInput, UpdateCaseInput, AddCaseCommentInput, CaseSurveyInput, CloseCaseInput, UpdateCaseSlaPolicyInput } from './case.types';
import { CaseComment } from './case-comment.entity';
import { CaseHistory } from './case-history.entity';
import { CaseSlaPolicy } from './case-sla-policy.entity';
import { isBreached, minutesLeft } from './case-sla';
import { caseCommentList, caseCommentService, caseHistoryList, caseHistoryService } from './case-children.service';
import { CaseQueue, caseQueues, takeNextCase } from './case-queue.service';
import './case-files';
import { ContentDocument } from '../files/content-document.entity';
import { filesOf } from '../files/file.service';
import { addCaseComment, closeCase, recordCaseSurvey, updateCaseSlaPolicy } from './case-actions.service';

const ACCOUNT_CASES: ToManySpec = { service: caseService, by: 'accountId' };
const CONTACT_CASES: ToManySpec = { service: caseService, by: 'contactId' };
const CASE_COMMENTS: ToManySpec<CaseComment> = { service: caseCommentService, by: 'caseId' };
const CASE_HISTORY: ToManySpec<CaseHistory> = { service: caseHistoryService, by: 'caseId' };

@Resolver(() => Case)
export class CaseResolver extends createCrudResolver({ entity: Case, service: caseService, create: CreateCaseInput, update: UpdateCaseInput }) {
  @Query(() => [CaseStatus], { description: "The organisation's case statuses, in sort order." })
  caseStatuses(@Ctx() ctx: RequestContext) {
    return caseService.statuses(ctx);
  }

  @Query(() => [CaseSlaPolicy], { description: "The organisation's SLA targets, most urgent priority first." })
  caseSlaPolicies(@Ctx() ctx: RequestContext) {
    return caseService.slaPolicies(ctx);
  }

  @Query(() => [CaseQueue], { description: 'One queue per channel (origin) with its waiting, unassigned cases.' })
  caseQueues(@Ctx() ctx: RequestContext) {
    return caseQueues(ctx);
  }

  @Mutation(() => Case, { nullable: true, description: "Assigns the queue's most urgent waiting case (High first, then oldest) to the caller; null when empty." })
  takeNextCase(@Arg('origin') origin: string, @Ctx() ctx: RequestContext) {
    return takeNextCase(ctx, origin);
  }

  @Mutation(() => CaseComment, { description: 'A comment on a case: an agent interaction (a published one can be the first response).' })
  addCaseComment(@Arg('input') input: AddCaseCommentInput, @Ctx() ctx: RequestContext) {
    return addCaseComment(ctx, input);
  }

  @Mutation(() => Case, { description: 'Closes the case with a resolution note (a published CaseComment) and an optional photo, in one step.' })
  closeCase(@Arg('input') input: CloseCaseInput, @Ctx() ctx: RequestContext) {
    return closeCase(ctx, input);
  }

  @Mutation(() => Case, { description: "Records the customer's satisfaction (CSAT 1-5) on a closed case." })
  recordCaseSurvey(@Arg('input') input: CaseSurveyInput, @Ctx() ctx: RequestContext) {
    return recordCaseSurvey(ctx, input);
  }

  @Mutation(() => CaseSlaPolicy, { description: "Changes a priority's SLA targets (admins); open cases of that priority get new due dates." })
  updateCaseSlaPolicy(@Arg('input') input: UpdateCaseSlaPolicyInput, @Ctx() ctx: RequestContext) {
    return updateCaseSlaPolicy(ctx, input);
  }

  @FieldResolver(() => Boolean, {
    description: 'First-contact resolution: closed with exactly one agent interaction (agentInteractionCount = 1) and never reopened.',
  })
  isFirstContactResolution(@Root() c: Case) {
    return c.isClosed && c.reopenCount === 0 && c.agentInteractionCount === 1;
  }

  @FieldResolver(() => Boolean, { description: 'Unassigned: waiting in the queue of its origin.' })
  isInQueue(@Root() c: Case) {
    return c.ownerId == null;
  }

  @FieldResolver(() => Boolean, { description: 'The first response (or the closing, without one) came, or is still missing, after firstResponseDueDate.' })
  isFirstResponseBreached(@Root() c: Case) {
    return isBreached(c.firstResponseDueDate, c.firstResponseDate ?? c.closedDate);
  }

  @FieldResolver(() => Boolean, { description: 'Closed (or still open) after resolutionDueDate.' })
  isResolutionBreached(@Root() c: Case) {
    return isBreached(c.resolutionDueDate, c.closedDate);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes until firstResponseDueDate (negative: overdue); null once responded or closed.' })
  firstResponseMinutesLeft(@Root() c: Case) {
    return minutesLeft(c.firstResponseDueDate, c.firstResponseDate ?? c.closedDate);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Minutes until resolutionDueDate (negative: overdue); null once closed.' })
  resolutionMinutesLeft(@Root() c: Case) {
    return minutesLeft(c.resolutionDueDate, c.closedDate);
  }

  @ToMany(CASE_COMMENTS)
  @FieldResolver(() => caseCommentList.Connection, { description: 'Comments, oldest first.' })
  comments(@Root() c: Case, @Args(() => caseCommentList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CASE_COMMENTS, parentId: c.id, args, info });
  }

  @FieldResolver(() => [ContentDocument], { description: 'Files attached to the case (e.g. the photo of closeCase), oldest first.' })
  files(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return filesOf(ctx, 'Case').load(c.id);
  }

  @ToMany(CASE_HISTORY)
  @FieldResolver(() => caseHistoryList.Connection, { description: 'Changes of status, owner and priority, newest first.' })
  history(@Root() c: Case, @Args(() => caseHistoryList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...CASE_HISTORY, parentId: c.id, args, info });
  }

  @ToOne(userService, 'ownerId')
  @FieldResolver(() => User, { nullable: true, description: 'Null while the case waits in a queue.' })
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

@Resolver(() => CaseComment)
export class CaseCommentResolver {
  @ToOne(userService, 'createdById')
  @FieldResolver(() => User, { nullable: true, description: 'The agent who wrote it.' })
  createdBy(@Root() c: CaseComment, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, c.createdById);
  }
}

@Resolver(() => CaseHistory)
export class CaseHistoryResolver {
  @ToOne(userService, 'createdById')
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() h: CaseHistory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, h.createdById);
  }
}
