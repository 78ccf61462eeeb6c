import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { assertId, badInput, conflict, forbidden, notFound } from '../common/errors';
import { recordHistory } from '../history/field-history';
import { Organization } from '../identity/organization.entity';
import { UserRole } from '../identity/user-role';
import { User } from '../identity/user.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { opportunityService } from '../sales/opportunity.service';
import { DiscountApprovalRequest, type DiscountStatus } from './discount-approval-request.entity';
import { discountRequestList } from './discount-approval.types';

const MAX_COMMENT = 1000;
const cents = (n: number) => Math.round(n * 100) / 100;
const netAmount = (list: number, percent: number) => Math.round(list * (100 - percent)) / 100;

function comment(value: string | null | undefined, field = 'comment'): string | null {
  const c = value?.trim() || null;
  if (c && c.length > MAX_COMMENT) throw badInput(field, `A comment is limited to ${MAX_COMMENT} characters`);
  return c;
}

function assertPercent(p: number, field: string) {
  if (!Number.isFinite(p) || p < 0 || p > 100 || Math.round(p * 100) !== p * 100) {
    throw badInput(field, `${field} must be a percentage between 0 and 100 with at most 2 decimals`);
  }
}

/**
 * Discount approval (Salesforce approval process "opportunity discount > threshold → owner's
 * manager"). The model: `Opportunity.amount` is always the net amount; `listAmount` keeps the
 * amount before discount and `discountPercent` the approved discount. Only an approval (or a
 * submission at or below the organisation's threshold, auto-approved) changes them, in its own
 * transaction, with the amount change recorded in field history.
 */
export class DiscountApprovalService extends CrudService<DiscountApprovalRequest> {
  readonly entity = DiscountApprovalRequest;
  readonly list = discountRequestList;
  // Read only as a visible opportunity's children, or as the caller's own queue.
  readonly access = 'org' as const;

  async threshold(ctx: RequestContext): Promise<number> {
    const org = await ctx.em.getRepository(Organization).findOneByOrFail({ id: ctx.orgId });
    return Number(org.discountApprovalThreshold);
  }

  setThreshold(ctx: RequestContext, percent: number): Promise<Organization> {
    if (ctx.user.role !== UserRole.ADMIN) throw forbidden('Only an administrator can change the discount approval threshold');
    assertPercent(percent, 'percent');
    return ctx.transaction(async () => {
      await ctx.em.getRepository(Organization).update({ id: ctx.orgId }, { discountApprovalThreshold: percent });
      return ctx.em.getRepository(Organization).findOneByOrFail({ id: ctx.orgId });
    });
  }

  /** Pending requests the caller is to decide, oldest first. */
  queue(ctx: RequestContext): Promise<DiscountApprovalRequest[]> {
    return ctx.em.getRepository(DiscountApprovalRequest).find({
      where: { orgId: ctx.orgId, approverId: ctx.user.id, status: 'Pending' },
      order: { createdDate: 'ASC', id: 'ASC' },
      take: 500,
    });
  }

  submit(ctx: RequestContext, opportunityId: string, percent: number, submitterComment?: string | null): Promise<DiscountApprovalRequest> {
    assertPercent(percent, 'discountPercent');
    const note = comment(submitterComment);
    return ctx.transaction(async () => {
      const opp = await opportunityService.loadForWrite(ctx, opportunityId, 'opportunityId');
      if (opp.isClosed) throw badInput('opportunityId', 'A closed opportunity cannot be discounted');
      if (opp.amount == null) throw badInput('amount', 'Set the opportunity amount before requesting a discount');
      const pending = await ctx.em.getRepository(DiscountApprovalRequest).existsBy({ opportunityId: opp.id, status: 'Pending' });
      if (pending) throw conflict('opportunityId', 'This opportunity already has a pending discount request: recall it first');
      const listAmount = this.listAmountOf(opp);
      const auto = percent <= (await this.threshold(ctx));
      const req = ctx.em.create(DiscountApprovalRequest, {
        orgId: ctx.orgId, opportunityId: opp.id, requestedDiscountPercent: percent, listAmount, discountedAmount: netAmount(listAmount, percent),
        status: auto ? 'Approved' : 'Pending', isAutoApproved: auto, submittedById: ctx.user.id,
        approverId: auto ? null : await this.approverFor(ctx, opp.ownerId), decidedById: null,
        submitterComment: note, approverComment: null, decidedDate: auto ? new Date() : null,
      });
      const saved = await ctx.em.save(req);
      if (auto) await this.applyDiscount(ctx, opp, saved);
      return saved;
    });
  }

  decide(ctx: RequestContext, id: string, status: Extract<DiscountStatus, 'Approved' | 'Rejected'>, approverComment?: string | null) {
    const note = comment(approverComment);
    return this.close(ctx, id, async (req, opp) => {
      if (req.approverId !== ctx.user.id && ctx.user.role !== UserRole.ADMIN) {
        throw forbidden('Only the approver or an administrator can decide this request');
      }
      req.approverComment = note;
      req.status = status;
      if (status === 'Approved') await this.applyDiscount(ctx, opp, req);
    });
  }

  recall(ctx: RequestContext, id: string) {
    return this.close(ctx, id, async (req, opp) => {
      const mayRecall = req.submittedById === ctx.user.id || ctx.user.role === UserRole.ADMIN || (await this.canSeeOwner(ctx, opp.ownerId));
      if (!mayRecall) throw forbidden('Only the submitter, the opportunity owner and their managers can recall this request');
      req.status = 'Recalled';
    });
  }

  /** Locks the opportunity, then the request (the order `submit` takes too), checks it is pending, and saves the decision. */
  private close(ctx: RequestContext, id: string, decide: (req: DiscountApprovalRequest, opp: Opportunity) => Promise<void>) {
    return ctx.transaction(async () => {
      const repo = ctx.em.getRepository(DiscountApprovalRequest);
      const found = await repo.findOneBy({ id: assertId(id), orgId: ctx.orgId });
      if (!found) throw notFound('DiscountApprovalRequest', id);
      const opp = await ctx.em.getRepository(Opportunity).createQueryBuilder('o')
        .where('o.id = :id', { id: found.opportunityId }).setLock('for_no_key_update').getOneOrFail();
      const req = await repo.createQueryBuilder('r').where('r.id = :id', { id: found.id }).setLock('pessimistic_write').getOneOrFail();
      if (req.status !== 'Pending') throw conflict('id', `This request is already ${req.status.toLowerCase()}`);
      await decide(req, opp);
      req.decidedById = ctx.user.id;
      req.decidedDate = new Date();
      return repo.save(req);
    });
  }

  /**
   * The amount the percentage applies to: the stored list amount while the amount is still the
   * one the last approved discount produced; otherwise (no discount yet, or the amount was
   * edited since) the current amount.
   */
  private listAmountOf(opp: Opportunity): number {
    const amount = Number(opp.amount);
    if (opp.listAmount != null && opp.discountPercent != null && netAmount(Number(opp.listAmount), Number(opp.discountPercent)) === cents(amount)) {
      return Number(opp.listAmount);
    }
    return amount;
  }

  private async applyDiscount(ctx: RequestContext, opp: Opportunity, req: DiscountApprovalRequest) {
    const before = opp.amount == null ? null : Number(opp.amount);
    opp.listAmount = Number(req.listAmount);
    opp.discountPercent = Number(req.requestedDiscountPercent);
    opp.amount = Number(req.discountedAmount);
    await ctx.em.update(Opportunity, { id: opp.id }, { listAmount: opp.listAmount, discountPercent: opp.discountPercent, amount: opp.amount });
    await recordHistory(ctx, 'Opportunity', [{ recordId: opp.id, before: { amount: before }, after: { amount: opp.amount } }]);
  }

  /** The owner's active manager; if none, the organisation's first active administrator. */
  private async approverFor(ctx: RequestContext, ownerId: string): Promise<string> {
    const users = ctx.em.getRepository(User);
    const owner = await users.findOneByOrFail({ id: ownerId, orgId: ctx.orgId });
    if (owner.managerId) {
      const manager = await users.findOneBy({ id: owner.managerId, orgId: ctx.orgId, isActive: true });
      if (manager) return manager.id;
    }
    const admin = await users.findOne({ where: { orgId: ctx.orgId, role: UserRole.ADMIN, isActive: true }, order: { createdDate: 'ASC', id: 'ASC' } });
    if (!admin) throw badInput('opportunityId', 'No approver: the owner has no active manager and the organisation no active administrator');
    return admin.id;
  }
}

export const discountApprovalService = new DiscountApprovalService();
