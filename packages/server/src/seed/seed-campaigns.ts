// 92 campaigns in a three-level hierarchy (4 programmes, 22 quarterly initiatives, 66 tactics) over the
// two years before the anchor and the quarter after it, with member statuses.
import { CampaignMemberStatus } from '../campaigns/campaign-member-status.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { bulkInsert, type CampaignRef, type Row, type SeedContext } from './context';
import { roundTo, type DemoCalendar, type Rng } from './random';

const ROOTS = [
  ['Americas Demand Generation', 'Americas', 6],
  ['EMEA Demand Generation', 'EMEA', 6],
  ['APAC Demand Generation', 'APAC', 5],
  ['Customer Marketing', 'Customer', 5],
] as const;
const TACTICS_PER_INITIATIVE = 3;
const THEMES = ['Product Launch', 'Pipeline Acceleration', 'Industry Events', 'Partner Program', 'Customer Expansion', 'Brand Awareness', 'Renewal Drive'];
/** [label, first day, last day] of the seven quarters before the anchor's, its own and the next. */
function quarters({ quarterStart, isoDate, dateTime }: DemoCalendar): Array<readonly [string, string, string]> {
  return Array.from({ length: 9 }, (_, i) => {
    const start = quarterStart(i - 7);
    const d = dateTime(start);
    return [`${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}`, isoDate(start), isoDate(quarterStart(i - 6) - 1)] as const;
  });
}
const TACTIC_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['Email', 10], ['Webinar', 7], ['Conference', 4], ['Trade Show', 4], ['Direct Mail', 3], ['Advertisement', 3], ['Banner Ads', 2],
  ['Telemarketing', 2], ['Public Relations', 1], ['Partners', 2], ['Referral Program', 2], ['Other', 1],
];
const EVENTS = ['Webinar', 'Conference', 'Trade Show'];
const TOPICS = ['AI-Assisted Selling', 'Forecasting Best Practices', 'Customer 360', 'Service Automation', 'Data Privacy in CRM', 'Scaling Your Pipeline'];
const CITIES: Record<string, string[]> = {
  Americas: ['New York', 'Austin', 'Toronto', 'Chicago', 'San Francisco', 'Boston'], EMEA: ['London', 'Berlin', 'Paris', 'Munich', 'Amsterdam', 'Dublin'],
  APAC: ['Seoul', 'Shanghai', 'Singapore', 'Tokyo', 'Shenzhen', 'Sydney'], Customer: ['San Francisco', 'Munich', 'Tokyo', 'Seoul', 'London', 'New York'],
};

/** [label, hasResponded, isDefault, share of members] by campaign type. */
export function memberStatuses(type: string): CampaignRef['statuses'] {
  if (type === 'Email') return [['Sent', false, true, 45], ['Opened', false, false, 25], ['Clicked', false, false, 12], ['Responded', true, false, 10], ['Unsubscribed', false, false, 8]];
  if (EVENTS.includes(type)) return [['Invited', false, true, 30], ['Registered', false, false, 20], ['Attended', true, false, 35], ['No Show', false, false, 15]];
  return [['Sent', false, true, 75], ['Responded', true, false, 25]];
}

export async function seedCampaigns(ctx: SeedContext): Promise<{ campaigns: number; statuses: number }> {
  const r = ctx.rng('campaigns');
  const { daysOf, dateTime, isoDate } = ctx.dates;
  const QUARTERS = quarters(ctx.dates);
  const owner = ctx.users.marketing.id;
  const rows: Array<Row<Campaign>> = [];
  const add = (name: string, type: string, level: number, start: string, end: string, parentId: string | null, budget: number, description: string) => {
    const startDays = daysOf(start), endDays = daysOf(end);
    const status = endDays < 0 ? (r.chance(0.06) ? 'Aborted' : 'Completed') : startDays > 0 ? 'Planned' : 'In Progress';
    const elapsed = status === 'Completed' ? 1 : status === 'Aborted' ? r.next() * 0.4 + 0.1 : status === 'Planned' ? 0 : -startDays / (endDays - startDays + 1);
    const createdDays = Math.min(startDays - r.int(14, 60), -1);
    const row: Row<Campaign> = {
      id: r.uuid(), orgId: ctx.orgId, ownerId: owner, name, type, status, startDate: start, endDate: end, budgetedCost: budget,
      actualCost: elapsed > 0 ? roundTo(budget * elapsed * (0.8 + r.next() * 0.35), 100) : null,
      expectedRevenue: roundTo(budget * r.int(4, 12), 1000), expectedResponse: expectedResponse(r, type),
      numberSent: numberSent(r, type, level), isActive: status === 'Planned' || status === 'In Progress', description, parentId,
      createdDate: dateTime(createdDays, r.int(8, 17)), lastModifiedDate: dateTime(r.int(createdDays, Math.max(createdDays, Math.min(endDays, 0))), r.int(8, 17)),
    };
    rows.push(row);
    ctx.campaigns.push({ id: row.id!, name, type, status, level, startDays, endDays, statuses: memberStatuses(type) });
    return row;
  };

  const themes = r.shuffle(THEMES);
  ROOTS.forEach(([rootName, area, initiatives], i) => {
    const root = add(rootName, 'Other', 1, QUARTERS[0][1], QUARTERS[QUARTERS.length - 1][2], null, roundTo(r.int(20_000, 60_000), 1000), `Umbrella programme for ${area === 'Customer' ? 'existing customers' : `the ${area} region`}.`);
    const quarters = r.sample(QUARTERS, initiatives).sort((a, b) => a[1].localeCompare(b[1]));
    quarters.forEach(([label, qStart, qEnd], j) => {
      const theme = themes[(i + j) % themes.length];
      const childType = r.pick(['Email', 'Webinar', 'Conference', 'Trade Show', 'Advertisement', 'Partners', 'Direct Mail']);
      const child = add(`${area} ${label} ${theme}`, childType, 2, qStart, qEnd, root.id!, roundTo(r.int(5_000, 25_000), 500), `${theme} initiative, ${label}.`);
      const tactics = Array.from({ length: TACTICS_PER_INITIATIVE }, () => {
        const type = r.weighted(TACTIC_TYPES);
        const start = daysOf(qStart) + r.int(0, 50);
        return { type, start, end: Math.min(daysOf(qEnd), start + tacticLength(r, type)) };
      }).sort((a, b) => a.start - b.start);
      let emails = 0;
      tactics.forEach(({ type, start, end }, k) => {
        const city = CITIES[area][(j * TACTICS_PER_INITIATIVE + k) % CITIES[area].length];
        let name = tacticName(r, type, area, theme, label, type === 'Email' ? ++emails : 0, city);
        if (rows.some((c) => c.name === name)) name = `${name} (${label})`;
        add(name, type, 3, isoDate(start), isoDate(end), child.id!, tacticBudget(r, type), `${type} for ${theme.toLowerCase()}.`);
      });
    });
  });
  await bulkInsert(ctx.em, Campaign, rows);

  const statuses: Array<Row<CampaignMemberStatus>> = ctx.campaigns.flatMap((c, i) =>
    c.statuses.map(([label, hasResponded, isDefault], k) => ({
      id: r.uuid(), orgId: ctx.orgId, campaignId: c.id, label, hasResponded, isDefault, sortOrder: k + 1,
      createdDate: rows[i].createdDate, lastModifiedDate: rows[i].createdDate,
    })),
  );
  await bulkInsert(ctx.em, CampaignMemberStatus, statuses);
  return { campaigns: rows.length, statuses: statuses.length };
}

function tacticName(r: Rng, type: string, area: string, theme: string, quarter: string, wave: number, city: string): string {
  const year = quarter.slice(0, 4);
  switch (type) {
    case 'Email': return `${area} ${quarter} ${theme} - Email Wave ${wave}`;
    case 'Webinar': return `Webinar: ${r.pick(TOPICS)} (${area} ${quarter})`;
    case 'Conference': return `${area === 'Customer' ? 'Customer Summit' : 'Connect'} ${city} ${year}`;
    case 'Trade Show': return `${city} Business Tech Expo ${year}`;
    default: return `${area} ${quarter} ${theme} - ${type}`;
  }
}

function tacticLength(r: Rng, type: string): number {
  if (type === 'Webinar') return 0;
  if (type === 'Conference') return r.int(1, 2);
  if (type === 'Trade Show') return 2;
  if (type === 'Email') return r.int(3, 14);
  return r.int(14, 45);
}

function tacticBudget(r: Rng, type: string): number {
  const [lo, hi] = ({ Conference: [40_000, 250_000], 'Trade Show': [25_000, 150_000], Advertisement: [10_000, 80_000], Email: [2_000, 15_000],
    Webinar: [3_000, 20_000], Telemarketing: [8_000, 40_000], 'Direct Mail': [5_000, 40_000] } as Record<string, [number, number]>)[type] ?? [2_000, 30_000];
  return roundTo(r.logRange(lo, hi), 500);
}

function expectedResponse(r: Rng, type: string): number {
  if (type === 'Email') return r.int(2, 8);
  if (EVENTS.includes(type)) return r.int(15, 45);
  return r.int(2, 15);
}

function numberSent(r: Rng, type: string, level: number): number | null {
  if (level === 1 || type === 'Advertisement' || type === 'Banner Ads' || type === 'Public Relations') return null;
  if (type === 'Email') return roundTo(r.logRange(2_000, 40_000), 100);
  if (EVENTS.includes(type)) return roundTo(r.logRange(200, 5_000), 10);
  return roundTo(r.logRange(500, 10_000), 50);
}
