import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Float, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { loadChildren, loadRef, ToMany, type ToManySpec, ToOne } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { Organization } from '../identity/organization.entity';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { Opportunity } from '../sales/opportunity.entity';
import { opportunityService } from '../sales/opportunity.service';
import { DiscountApprovalRequest } from './discount-approval-request.entity';
import { discountApprovalService as approvals } from './discount-approval.service';
import { discountRequestList } from './discount-approval.types';

@Resolver(() => DiscountApprovalRequest)
export class DiscountApprovalResolver {
  @Query(() => [DiscountApprovalRequest], { description: 'Pending discount requests the caller is the approver of, oldest first.' })
  myApprovalQueue(@Ctx() ctx: RequestContext) {
    return approvals.queue(ctx);
  }

  @Mutation(() => DiscountApprovalRequest, {
    description: "Requests a discount off the opportunity's list amount. At or below Organization.discountApprovalThreshold it is approved at once "
      + "(isAutoApproved) and applied; above it, it waits for the owner's manager (an administrator if the owner has none). "
      + 'One pending request per opportunity (CONFLICT).',
  })
  submitDiscountRequest(
    @Arg('opportunityId', () => ID) opportunityId: string,
    @Arg('discountPercent', () => Float, { description: 'Percent off the list amount, 0 to 100.' }) discountPercent: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return approvals.submit(ctx, opportunityId, discountPercent, comment);
  }

  @Mutation(() => DiscountApprovalRequest, { description: 'Approves a pending request (its approver or an administrator) and applies the discount to the amount.' })
  approveDiscountRequest(@Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment: string | null, @Ctx() ctx: RequestContext) {
    return approvals.decide(ctx, id, 'Approved', comment);
  }

  @Mutation(() => DiscountApprovalRequest, { description: 'Rejects a pending request (its approver or an administrator); the amount does not change.' })
  rejectDiscountRequest(@Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment: string | null, @Ctx() ctx: RequestContext) {
    return approvals.decide(ctx, id, 'Rejected', comment);
  }

  @Mutation(() => DiscountApprovalRequest, { description: 'Withdraws a pending request (the submitter, the owner or their managers, or an administrator).' })
  recallDiscountRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return approvals.recall(ctx, id);
  }

  @Mutation(() => Organization, { description: 'Sets the discount percent above which approval is needed (administrators).' })
  setDiscountApprovalThreshold(@Arg('percent', () => Float) percent: number, @Ctx() ctx: RequestContext) {
    return approvals.setThreshold(ctx, percent);
  }

  @ToOne(opportunityService, 'opportunityId')
  @FieldResolver(() => Opportunity, { nullable: true, description: 'Null if the caller cannot see it.' })
  opportunity(@Root() r: DiscountApprovalRequest, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, opportunityService, r.opportunityId);
  }

  @ToOne(userService, 'submittedById')
  @FieldResolver(() => User)
  submittedBy(@Root() r: DiscountApprovalRequest, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, r.submittedById);
  }

  @ToOne(userService, 'approverId')
  @FieldResolver(() => User, { nullable: true })
  approver(@Root() r: DiscountApprovalRequest, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, r.approverId);
  }

  @ToOne(userService, 'decidedById')
  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() r: DiscountApprovalRequest, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, userService, r.decidedById);
  }
}

const OPPORTUNITY_REQUESTS: ToManySpec<DiscountApprovalRequest> = { service: approvals, by: 'opportunityId' };

@Resolver(() => Opportunity)
export class OpportunityDiscountRequestsResolver {
  @ToMany(OPPORTUNITY_REQUESTS)
  @FieldResolver(() => discountRequestList.Connection, { description: "The opportunity's discount requests and their decisions, newest first." })
  discountRequests(@Root() o: Opportunity, @Args(() => discountRequestList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return loadChildren(ctx, { ...OPPORTUNITY_REQUESTS, parentId: o.id, args, info });
  }
}

/** Registered in api/resolvers.ts. */
export const approvalsResolvers: Function[] = [DiscountApprovalResolver, OpportunityDiscountRequestsResolver];
