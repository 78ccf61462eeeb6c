// 14,600 support cases over two years (~20 a day): weekdays busier than weekends, a swell after
// the new year, chat growing. Each is answered and closed after a time that depends on its
// priority (the SLA policies' targets are met about three times in four), some get a CSAT survey
// answer; the recent ones are still open. The KPI facts the database's trigger keeps from the
// replies (first response, interaction count) are set on the cases as it would set them; the
// replies themselves are kept for the cases of the last 90 days (older threads add rows, not facts).
import { Case } from '../service/case.entity';
import { CaseComment } from '../service/case-comment.entity';
import { SLA_DEFAULTS } from '../service/case-sla';
import { bulkInsert, type Row, type SeedContext } from './context';
import type { Rng } from './random';
import { DaySampler, HISTORY_DAYS, logNormal, yearly } from './seasons';

const CASES = 14_600;
const MINUTE = 60_000;
/** The longest a case stays open, in minutes (120 days). */
const MAX_OPEN = 120 * 24 * 60;
/** Cases of the last THREAD_DAYS keep their replies as comments. */
export const THREAD_DAYS = 90;
/** Relative volume by day of the week (0 Sunday): support is quieter at weekends than sales is not. */
const WEEKDAY = [0.45, 1.15, 1.1, 1.05, 1.05, 0.95, 0.5];
/** Median minutes to close by priority (the resolution targets are 480, 1440 and 4320). */
const MEDIAN_TO_CLOSE: Record<string, number> = { High: 290, Medium: 900, Low: 2600 };
const REASONS: Record<string, string[]> = {
  Installation: ['Installation fails on Windows 11', 'Setup wizard stops at step 3', 'Cannot install the mobile app'],
  'Equipment Complexity': ['Need help configuring approval rules', 'Territory assignment rules are confusing'],
  Performance: ['Dashboard takes 30 seconds to load', 'Reports time out at month end', 'Global search is slow'],
  Breakdown: ['Email sync stopped working', 'Error 500 when saving an opportunity', 'Nightly import job failed'],
  'Equipment Design': ['Page layout hides the account phone field', 'Request: bulk edit on list views'],
  Feedback: ['Great onboarding session', 'Suggestion for the mobile app'],
  'Instructions not clear': ['API token documentation is unclear', 'How do campaign member statuses work?'],
  "User didn't attend training": ['New users need training on lead conversion', 'Team does not know how to log calls'],
  Other: ['Invoice question', 'Change of billing contact', 'Request for a security questionnaire'],
};
const PRODUCTS = ['CRM Cloud', 'CRM Mobile', 'Analytics Add-on', 'Email Sync Connector', 'Data Import Service'];
const REPLIES = ['Thanks for reporting this, we are looking into it.', 'Could you send us a screenshot of the error?', 'We reproduced the problem and are working on a fix.', 'A workaround: clear the cache and sign in again.'];

export async function seedCases(ctx: SeedContext, statuses: ReadonlyArray<{ apiName: string; isClosed: boolean }>): Promise<number> {
  const { dates } = ctx;
  const r = ctx.rng('cases');
  const status = (name: string, closed: boolean) => statuses.find((s) => s.apiName === name) ?? statuses.find((s) => s.isClosed === closed)!;
  const accounts = ctx.accounts.filter((a) => a.contacts.length).map((a) => [a, a.type.startsWith('Customer') ? 4 : 1] as const);
  const days = new DaySampler(-HISTORY_DAYS, 0, (d) => WEEKDAY[dates.weekday(d)] * (1 + (0.25 * (d + HISTORY_DAYS)) / HISTORY_DAYS) * yearly(dates, d, 25, 0.2));
  const now = dates.nowMs;
  const comments: Array<Row<CaseComment>> = [];
  const drafts = Array.from({ length: CASES }, () => {
    const createdDays = days.draw(r);
    const weekend = dates.weekday(createdDays) % 6 === 0;
    const progress = (createdDays + HISTORY_DAYS) / HISTORY_DAYS;
    const origin = r.weighted([['Phone', weekend ? 15 : 30], ['Email', 35], ['Web', 20], ['Chat', 8 + 10 * progress], ['Social', weekend ? 10 : 5]]);
    let created = dates.dateTime(createdDays, r.chance(0.85) ? r.int(8, 18) : r.int(0, 23), r.int(0, 59));
    if (created.getTime() > now) created = new Date(now - r.int(5, 8 * 60) * MINUTE);
    const priority = r.weighted([['High', 20], ['Medium', 55], ['Low', 25]]);
    const [, fr, res] = SLA_DEFAULTS.find(([p]) => p === priority)!;
    const escalated = r.chance(0.07);
    // Some wait on the customer or on engineering: ten times longer.
    const slow = escalated || r.chance(0.1) ? (escalated ? 3 : 10) : 1;
    const closedOnCreate = r.chance(0.06);
    // When it was (or will be) answered and closed; what is still ahead is not done yet.
    const firstAt = created.getTime() + Math.round(r.int(3, r.chance(0.78) ? fr : fr * 3)) * MINUTE;
    const closeAt = closedOnCreate ? created.getTime() : Math.max(firstAt, created.getTime() + Math.round(Math.min(MAX_OPEN, logNormal(r, MEDIAN_TO_CLOSE[priority] * slow, 0.9))) * MINUTE);
    const isClosed = closeAt <= now;
    const answered = closedOnCreate || firstAt <= now;
    const s = isClosed ? status('Closed', true) : !answered ? status('New', false) : escalated ? status('Escalated', false) : status('Working', false);
    // Half the unanswered cases wait unassigned in their channel's queue.
    const ownerId = !answered && r.chance(0.5) ? null : ctx.users[r.weighted([['support', 70], ['support2', 25], ['admin', 5]])].id;
    const a = r.weighted(accounts);
    const c = r.pick(a.contacts);
    const reason = r.pick(Object.keys(REASONS));
    const closed = isClosed ? new Date(closeAt) : null;
    const row: Row<Case> = {
      id: r.uuid(), orgId: ctx.orgId, ownerId: ownerId as string, createdById: origin === 'Phone' ? ownerId : null, caseNumber: '', subject: r.pick(REASONS[reason]),
      description: `Reported by ${c.firstName} ${c.lastName} (${c.title}) at ${a.name}.`,
      status: s.apiName, isClosed: s.isClosed, closedDate: closed, isClosedOnCreate: closedOnCreate && isClosed, priority,
      origin, type: r.weighted([['Problem', 50], ['Question', 35], ['Feature Request', 15]]), reason,
      isEscalated: escalated,
      suppliedName: origin === 'Phone' ? null : `${c.firstName} ${c.lastName}`, suppliedEmail: origin === 'Phone' ? null : c.email,
      suppliedPhone: origin === 'Web' && r.chance(0.5) ? c.phone : null,
      accountId: a.id, contactId: c.id, parentId: null, productName: r.chance(0.7) ? r.pick(PRODUCTS) : null,
      firstResponseDate: null, agentInteractionCount: 0, reopenCount: 0, lastReopenedDate: null, csatScore: null, csatComment: null, csatDate: null,
      firstResponseDueDate: new Date(created.getTime() + fr * MINUTE), resolutionDueDate: new Date(created.getTime() + res * MINUTE),
      createdDate: created, lastModifiedDate: closed ?? (answered ? new Date(Math.min(now, firstAt)) : created),
    };
    if (ownerId && answered) replies(r, row, new Date(firstAt), comments, now);
    // Activities go on the cases agents have worked (not the new ones).
    if (ownerId && answered) ctx.cases.push({ id: row.id!, accountId: a.id, contactId: c.id, ownerId, createdDays });
    return row;
  });
  // Case numbers come from the database sequence, in the order the cases were opened.
  const numbers: Array<{ n: string }> = await ctx.em.query(`SELECT lpad(nextval('case_number_seq')::text, 8, '0') AS n FROM generate_series(1, $1)`, [drafts.length]);
  const byDate = drafts.slice().sort((x, y) => x.createdDate!.getTime() - y.createdDate!.getTime() || x.id!.localeCompare(y.id!));
  byDate.forEach((row, i) => (row.caseNumber = numbers[i].n));
  await bulkInsert(ctx.em, Case, drafts);
  // Oldest first, so that the trigger takes each case's first reply as its first response.
  comments.sort((x, y) => x.createdDate!.getTime() - y.createdDate!.getTime() || x.id!.localeCompare(y.id!));
  // The replies' facts are already on the cases, as the trigger would have set them (its row-by-row
  // updates of the cases would take most of the seed's time): it sits out this one insert.
  await ctx.em.query(`ALTER TABLE case_comment DISABLE TRIGGER case_comment_case_interaction`);
  await bulkInsert(ctx.em, CaseComment, comments);
  await ctx.em.query(`ALTER TABLE case_comment ENABLE TRIGGER case_comment_case_interaction`);
  return drafts.length;
}

/** Replies up to now (the phone call itself answers a phone case), the resolution note, a reopen, the CSAT answer. */
function replies(r: Rng, row: Row<Case>, firstAt: Date, comments: Array<Row<CaseComment>>, now: number) {
  const created = row.createdDate!;
  const end = (row.closedDate ?? new Date(now)).getTime();
  if (row.origin === 'Phone') row.firstResponseDate = row.isClosedOnCreate ? created : firstAt;
  const count = row.isClosedOnCreate ? 0 : r.weighted([[1, 80], [2, 15], [3, 5]]);
  const thread = now - created.getTime() < THREAD_DAYS * 24 * 60 * MINUTE;
  const comment = (at: Date, body: string, isResolution: boolean) => thread &&
    comments.push({ id: r.uuid(), orgId: row.orgId!, caseId: row.id!, body, isPublished: true, isResolution, createdById: row.ownerId, createdDate: at, lastModifiedDate: at });
  // case_interaction(): each reply is an interaction; the first published one by someone other
  // than the case's creator is the first response (the resolution note is neither).
  row.agentInteractionCount = 0;
  for (let i = 0; i < count; i++) {
    const at = i === 0 ? firstAt : new Date(firstAt.getTime() + ((end - firstAt.getTime()) * i) / (count + 1));
    if (at.getTime() > now) continue;
    comment(at, r.pick(REPLIES), false);
    row.agentInteractionCount++;
    if (!row.firstResponseDate && row.createdById !== row.ownerId) row.firstResponseDate = at;
  }
  const closed = row.closedDate;
  if (!closed) return;
  comment(closed, `Resolved: ${row.subject}.`, true);
  if (r.chance(0.06)) {
    row.reopenCount = 1;
    row.lastReopenedDate = new Date((created.getTime() + closed.getTime()) / 2);
  }
  // Survey answers: lower after a missed resolution target or a reopen.
  if (r.chance(0.6)) {
    const late = closed > row.resolutionDueDate! || row.reopenCount! > 0;
    row.csatScore = r.weighted(late ? [[5, 20], [4, 25], [3, 20], [2, 20], [1, 15]] : [[5, 50], [4, 32], [3, 10], [2, 5], [1, 3]]);
    row.csatComment = row.csatScore >= 4 ? 'Quick and helpful.' : row.csatScore === 3 ? null : 'Took too long.';
    const csatAt = closed.getTime() + r.int(60, 2 * 24 * 60) * MINUTE;
    if (csatAt <= now) row.csatDate = new Date(csatAt);
    else row.csatScore = row.csatComment = null;
  }
}
