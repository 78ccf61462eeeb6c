// 300 support cases and the three-level sales territory tree.
import { Case } from '../service/case.entity';
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

export async function seedCases(ctx: SeedContext, statuses: ReadonlyArray<{ apiName: string; isClosed: boolean }>): Promise<number> {
  const r = ctx.rng('cases');
  const counts = apportion(CASES, statuses.map((s) => STATUS_MIX[s.apiName]?.[0] ?? 5));
  const plan = r.shuffle(statuses.flatMap((s, i) => Array.from({ length: counts[i] }, () => s)));
  const accounts = ctx.accounts.filter((a) => a.contacts.length).map((a) => [a, a.type.startsWith('Customer') ? 4 : 1] as const);
  const drafts = plan.map((s) => {
    const a = r.weighted(accounts);
    const c = r.pick(a.contacts);
    const [, from, to] = STATUS_MIX[s.apiName] ?? [0, 0, 90];
    const createdDays = -r.int(from, to);
    const created = dateTime(createdDays, r.int(0, 23), r.int(0, 59));
    const closedOnCreate = s.isClosed && r.chance(0.06);
    const closed = !s.isClosed ? null : closedOnCreate ? created : addMinutes(created, Math.min(r.int(30, 14 * 24 * 60), -createdDays * 24 * 60));
    const reason = r.pick(Object.keys(REASONS));
    const origin = r.weighted([['Phone', 35], ['Email', 40], ['Web', 25]]);
    const ownerId = ctx.users[r.weighted([['support', 70], ['support2', 25], ['admin', 5]])].id;
    const row: Row<Case> = {
      id: r.uuid(), orgId: ctx.orgId, ownerId, caseNumber: '', subject: r.pick(REASONS[reason]),
      description: `Reported by ${c.firstName} ${c.lastName} (${c.title}) at ${a.name}.`,
      status: s.apiName, isClosed: s.isClosed, closedDate: closed, isClosedOnCreate: closedOnCreate,
      priority: r.weighted([['High', s.apiName === 'Escalated' ? 70 : 20], ['Medium', 55], ['Low', 25]]),
      origin, type: r.weighted([['Problem', 50], ['Question', 35], ['Feature Request', 15]]), reason,
      isEscalated: s.apiName === 'Escalated' || (s.isClosed && r.chance(0.08)),
      suppliedName: origin === 'Phone' ? null : `${c.firstName} ${c.lastName}`, suppliedEmail: origin === 'Phone' ? null : c.email,
      suppliedPhone: origin === 'Web' && r.chance(0.5) ? c.phone : null,
      accountId: a.id, contactId: c.id, parentId: null,
      createdDate: created, lastModifiedDate: closed ?? dateTime(r.int(createdDays, 0), r.int(0, 23), r.int(0, 59)),
    };
    ctx.cases.push({ id: row.id!, accountId: a.id, contactId: c.id, ownerId, createdDays });
    return row;
  });
  // Case numbers come from the database sequence, in the order the cases were opened.
  const numbers: Array<{ n: string }> = await ctx.em.query(`SELECT lpad(nextval('case_number_seq')::text, 8, '0') AS n FROM generate_series(1, $1)`, [drafts.length]);
  const byDate = drafts.slice().sort((x, y) => x.createdDate!.getTime() - y.createdDate!.getTime() || x.id!.localeCompare(y.id!));
  byDate.forEach((row, i) => (row.caseNumber = numbers[i].n));
  await bulkInsert(ctx.em, Case, drafts);
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
