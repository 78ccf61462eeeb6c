// Demo discount requests: the manager's approval queue is not empty, and a deal shows a history.
import { DiscountApprovalRequest } from '../approvals/discount-approval-request.entity';
import { historyText } from '../history/field-history';
import { OpportunityFieldHistory } from '../sales/opportunity-field-history.entity';
import { bulkInsert, type SeedContext } from './context';

const netAmount = (list: number, percent: number) => Math.round(list * (100 - percent)) / 100;

/** On three of rep@demo.example's open deals: one pending (for manager@demo.example), one approved, one rejected. */
export async function seedDiscountRequests(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('discount-requests');
  const { dateTime } = ctx.dates;
  const rep = ctx.users.rep;
  const manager = ctx.users.manager;
  const open = ctx.opportunities.filter((o) => o.ownerId === rep.id && !o.isClosed).slice(0, 3);
  if (open.length < 3) return 0;
  const amounts: Array<{ id: string; amount: number | null }> = await ctx.em.query(`SELECT id, amount FROM opportunity WHERE id = ANY($1)`, [open.map((o) => o.id)]);
  const amountOf = (id: string) => Number(amounts.find((a) => a.id === id)?.amount ?? 0) || 50_000;
  const base = { orgId: ctx.orgId, submittedById: rep.id, approverId: manager.id, isAutoApproved: false };
  const rows = [
    { opp: open[0], percent: 25, status: 'Pending', submitterComment: 'Competitor is 20% cheaper; this closes the deal this quarter.', approverComment: null, days: -2 },
    { opp: open[1], percent: 15, status: 'Approved', submitterComment: 'Three-year commitment.', approverComment: 'Approved for the multi-year term.', days: -12 },
    { opp: open[2], percent: 35, status: 'Rejected', submitterComment: 'Customer asks for 35%.', approverComment: 'Too deep: offer 15% with a longer term.', days: -20 },
  ].map((x) => {
    const list = amountOf(x.opp.id);
    const submitted = dateTime(x.days, 10);
    const decided = x.status === 'Pending' ? null : dateTime(x.days + 1, 15);
    return {
      ...base, id: r.uuid(), opportunityId: x.opp.id, requestedDiscountPercent: x.percent, listAmount: list, discountedAmount: netAmount(list, x.percent),
      status: x.status, submitterComment: x.submitterComment, approverComment: x.approverComment, decidedById: decided ? manager.id : null,
      decidedDate: decided, createdDate: submitted, lastModifiedDate: decided ?? submitted,
    } as Partial<DiscountApprovalRequest>;
  });
  await bulkInsert(ctx.em, DiscountApprovalRequest, rows);
  // The approved discount is in the amount.
  const approved = rows[1];
  await ctx.em.query(`UPDATE opportunity SET "listAmount" = $2, "discountPercent" = $3, amount = $4 WHERE id = $1`,
    [approved.opportunityId, approved.listAmount, approved.requestedDiscountPercent, approved.discountedAmount]);
  // The deal's field history shows the amount the approval changed.
  await bulkInsert(ctx.em, OpportunityFieldHistory, [{
    id: r.uuid(), orgId: ctx.orgId, opportunityId: approved.opportunityId!, field: 'amount', oldValue: historyText(approved.listAmount, 'number'),
    newValue: historyText(approved.discountedAmount, 'number'), createdById: rep.id, createdDate: approved.decidedDate!, lastModifiedDate: approved.decidedDate!,
  }]);
  return rows.length;
}
