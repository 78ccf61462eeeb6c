// 300 support cases and the three-level sales territory tree.
import { Case } from '../service/case.entity';
import { CaseComment } from '../service/case-comment.entity';
import { SLA_DEFAULTS } from '../service/case-sla';
import { Territory } from '../territories/territory.entity';
import { TerritoryModel, TerritoryModelState } from '../territories/territory-model.entity';
import { apportion, bulkInsert, type Row, type SeedContext } from './context';
import { addMinutes, dateTime, type Rng } from './random';

const CASES = 300;
/** Share per case status; how many days ago cases in it were opened. */
const STATUS_MIX: Record<string, [number, number, number]> = { New: [15, 0, 14], Working: [22, 1, 45], Escalated: [8, 3, 60], Closed: [55, 1, 270] };
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
const MINUTE = 60_000;

/** KPI facts of the seeded cases: replies, the resolution note, first responses, reopens, CSAT; relative to now for new cases. */
function caseFacts(r: Rng, row: Row<Case>, comments: Array<Row<CaseComment>>) {
  const [, fr, res] = SLA_DEFAULTS.find(([p]) => p === row.priority)!;
  const created = row.createdDate!;
  row.firstResponseDueDate = new Date(created.getTime() + fr * MINUTE);
  row.resolutionDueDate = new Date(created.getTime() + res * MINUTE);
  if (!row.ownerId) return;
  const end = (row.closedDate ?? new Date()).getTime();
  // The phone call itself answers a phone case; others get a first reply, on time for about 3 in 4.
  const firstAt = new Date(Math.min(end, created.getTime() + r.int(5, r.chance(0.75) ? fr : fr * 3) * MINUTE));
  if (row.origin === 'Phone') row.firstResponseDate = firstAt;
  const replies = row.isClosedOnCreate ? 0 : r.weighted([[1, 55], [2, 30], [3, 15]]);
  for (let i = 0; i < replies; i++) {
    const at = i === 0 ? firstAt : new Date(firstAt.getTime() + ((end - firstAt.getTime()) * i) / (replies + 1));
    comments.push({ id: r.uuid(), orgId: row.orgId!, caseId: row.id!, body: r.pick(REPLIES), isPublished: true, isResolution: false, createdById: row.ownerId, createdDate: at, lastModifiedDate: at });
  }
  if (!row.closedDate) return;
  comments.push({ id: r.uuid(), orgId: row.orgId!, caseId: row.id!, body: `Resolved: ${row.subject}.`, isPublished: true, isResolution: true, createdById: row.ownerId, createdDate: row.closedDate, lastModifiedDate: row.closedDate });
  if (r.chance(0.08)) {
    row.reopenCount = 1;
    row.lastReopenedDate = new Date((created.getTime() + row.closedDate.getTime()) / 2);
  }
  if (r.chance(0.6)) {
    row.csatScore = r.weighted([[5, 45], [4, 30], [3, 12], [2, 8], [1, 5]]);
    row.csatComment = row.csatScore >= 4 ? 'Quick and helpful.' : row.csatScore === 3 ? null : 'Took too long.';
    row.csatDate = new Date(row.closedDate.getTime() + r.int(60, 2 * 24 * 60) * MINUTE);
  }
}

export async function seedCases(ctx: SeedContext, statuses: ReadonlyArray<{ apiName: string; isClosed: boolean }>): Promise<number> {
  const r = ctx.rng('cases');
  const counts = apportion(CASES, statuses.map((s) => STATUS_MIX[s.apiName]?.[0] ?? 5));
  const plan = r.shuffle(statuses.flatMap((s, i) => Array.from({ length: counts[i] }, () => s)));
  const accounts = ctx.accounts.filter((a) => a.contacts.length).map((a) => [a, a.type.startsWith('Customer') ? 4 : 1] as const);
  const comments: Array<Row<CaseComment>> = [];
  const now = Date.now();
  const drafts = plan.map((s) => {
    const a = r.weighted(accounts);
    const c = r.pick(a.contacts);
    const [, from, to] = STATUS_MIX[s.apiName] ?? [0, 0, 90];
    const createdDays = -r.int(from, to);
    // New cases came in over the last two days, relative to the seed day (the SLA clocks run on them).
    const created = s.apiName === 'New' ? new Date(now - r.int(10, 48 * 60) * MINUTE) : dateTime(createdDays, r.int(0, 23), r.int(0, 59));
    const closedOnCreate = s.isClosed && r.chance(0.06);
    const closed = !s.isClosed ? null : closedOnCreate ? created : addMinutes(created, Math.min(r.int(30, 14 * 24 * 60), -createdDays * 24 * 60));
    const reason = r.pick(Object.keys(REASONS));
    const origin = r.weighted([['Phone', 30], ['Email', 35], ['Web', 20], ['Chat', 10], ['Social', 5]]);
    // Half the new cases wait unassigned in their channel's queue.
    const queued = s.apiName === 'New' && r.chance(0.5);
    const ownerId = queued ? null : ctx.users[r.weighted([['support', 70], ['support2', 25], ['admin', 5]])].id;
    const row: Row<Case> = {
      id: r.uuid(), orgId: ctx.orgId, ownerId: ownerId as string, createdById: origin === 'Phone' ? ownerId : null, caseNumber: '', subject: r.pick(REASONS[reason]),
      description: `Reported by ${c.firstName} ${c.lastName} (${c.title}) at ${a.name}.`,
      status: s.apiName, isClosed: s.isClosed, closedDate: closed, isClosedOnCreate: closedOnCreate,
      priority: r.weighted([['High', s.apiName === 'Escalated' ? 70 : 20], ['Medium', 55], ['Low', 25]]),
      origin, type: r.weighted([['Problem', 50], ['Question', 35], ['Feature Request', 15]]), reason,
      isEscalated: s.apiName === 'Escalated' || (s.isClosed && r.chance(0.08)),
      suppliedName: origin === 'Phone' ? null : `${c.firstName} ${c.lastName}`, suppliedEmail: origin === 'Phone' ? null : c.email,
      suppliedPhone: origin === 'Web' && r.chance(0.5) ? c.phone : null,
      accountId: a.id, contactId: c.id, parentId: null, productName: r.chance(0.7) ? r.pick(PRODUCTS) : null,
      firstResponseDate: null, reopenCount: 0, lastReopenedDate: null, csatScore: null, csatComment: null, csatDate: null,
      firstResponseDueDate: null, resolutionDueDate: null,
      createdDate: created, lastModifiedDate: closed ?? (s.apiName === 'New' ? created : dateTime(r.int(createdDays, 0), r.int(0, 23), r.int(0, 59))),
    };
    caseFacts(r, row, comments);
    // Activities go on the cases agents have worked (not the new ones).
    if (ownerId && s.apiName !== 'New') ctx.cases.push({ id: row.id!, accountId: a.id, contactId: c.id, ownerId, createdDays });
    return row;
  });
  // Case numbers come from the database sequence, in the order the cases were opened.
  const numbers: Array<{ n: string }> = await ctx.em.query(`SELECT lpad(nextval('case_number_seq')::text, 8, '0') AS n FROM generate_series(1, $1)`, [drafts.length]);
  const byDate = drafts.slice().sort((x, y) => x.createdDate!.getTime() - y.createdDate!.getTime() || x.id!.localeCompare(y.id!));
  byDate.forEach((row, i) => (row.caseNumber = numbers[i].n));
  await bulkInsert(ctx.em, Case, drafts);
  // Oldest first, so that the trigger takes each case's first reply as its first response.
  comments.sort((x, y) => x.createdDate!.getTime() - y.createdDate!.getTime());
  await bulkInsert(ctx.em, CaseComment, comments);
  return drafts.length;
}

/** Global -> Americas / EMEA / APAC -> regions. */
const TERRITORIES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['Americas', [['North America East', 'US East Coast and Eastern Canada'], ['North America West', 'US West, Central and Western Canada'], ['Latin America', 'Mexico, Central and South America']]],
  ['EMEA', [['UK & Ireland', 'United Kingdom and Ireland'], ['DACH', 'Germany, Austria and Switzerland'], ['France & Benelux', 'France, Belgium, the Netherlands and Luxembourg'], ['Nordics', 'Denmark, Finland, Norway and Sweden']]],
  ['APAC', [['Korea', 'South Korea'], ['Greater China', 'Mainland China, Hong Kong and Taiwan'], ['Japan', 'Japan'], ['Southeast Asia', 'Singapore, Malaysia, Indonesia and the Philippines']]],
];

export async function seedTerritories(ctx: SeedContext): Promise<number> {
  const r: Rng = ctx.rng('territories');
  const created = dateTime(-700, 9);
  // Its own random stream, so the territories keep their ids.
  const model: Row<TerritoryModel> = {
    id: ctx.rng('territory-models').uuid(), orgId: ctx.orgId, name: 'Sales Territories', description: 'The active territory model',
    state: TerritoryModelState.ACTIVE, activatedDate: created, createdDate: created, lastModifiedDate: created,
  };
  await bulkInsert(ctx.em, TerritoryModel, [model]);
  const row = (name: string, description: string, parentId: string | null): Row<Territory> =>
    ({ id: r.uuid(), orgId: ctx.orgId, modelId: model.id!, name, description, parentId, createdDate: created, lastModifiedDate: created });
  const root = row('Global', 'All sales territories', null);
  const rows = [root];
  for (const [area, regions] of TERRITORIES) {
    const mid = row(area, `${area} sales`, root.id!);
    rows.push(mid, ...regions.map(([name, description]) => row(name, description, mid.id!)));
  }
  await bulkInsert(ctx.em, Territory, rows);
  return rows.length;
}
