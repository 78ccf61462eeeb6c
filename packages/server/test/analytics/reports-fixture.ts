import type { OrgFixture, TestServer } from '../harness';

export const RUN = `query($d: ReportDefinitionInput!) { runReport(definition: $d) {
  format totalCount truncated columns { name dataType } rows { recordId values groupKeys }
  aggregates { key label dataType }
  groupsDown { key label count aggregates children { key label count aggregates } cells { key count aggregates } }
  groupsAcross { key label count aggregates } grandTotal { key value } } }`;

export const insertRow = async (t: TestServer, table: string, row: Record<string, unknown>): Promise<string> => {
  const cols = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`;
  return (await t.ds.query(sql, Object.values(row)))[0].id as string;
};

const STAGE: Record<string, [number, string, boolean, boolean]> = {
  'Prospecting': [10, 'Pipeline', false, false],
  'Negotiation/Review': [90, 'Commit', false, false],
  'Closed Won': [100, 'Closed', true, true],
  'Closed Lost': [0, 'Omitted', true, false],
};

export interface OppSeed {
  name: string;
  owner: string;
  stageName: keyof typeof STAGE | string;
  amount: number | null;
  closeDate: string;
  competitor?: string | null;
  lostReason?: string | null;
  createdDate?: string;
  accountId?: string | null;
}

export async function insertOpp(t: TestServer, org: OrgFixture, o: OppSeed): Promise<string> {
  const [probability, forecastCategoryName, isClosed, isWon] = STAGE[o.stageName];
  return insertRow(t, 'opportunity', {
    orgId: org.org.id, ownerId: org.users[o.owner].id, name: o.name, stageName: o.stageName, amount: o.amount, closeDate: o.closeDate,
    probability, forecastCategoryName, isClosed, isWon, competitor: o.competitor ?? null, lostReason: o.lostReason ?? null,
    createdDate: o.createdDate ?? '2026-10-01T12:00:00Z', accountId: o.accountId ?? null,
  });
}

/** The hand-made opportunities (today = 2026-11-18, a Wednesday); numbers in reports.test.ts are worked out from these. */
export const HAND_OPPS: OppSeed[] = [
  { name: 'A1', owner: 'rep1', stageName: 'Closed Won', amount: 100, closeDate: '2026-11-02', competitor: 'HubSpot', createdDate: '2026-11-18T10:00:00Z' },
  { name: 'A2', owner: 'rep1', stageName: 'Closed Lost', amount: 200, closeDate: '2026-11-07', competitor: 'HubSpot', lostReason: 'Price' },
  { name: 'A3', owner: 'rep2', stageName: 'Closed Lost', amount: 300, closeDate: '2026-10-15', competitor: 'Salesforce', lostReason: 'Price' },
  { name: 'A4', owner: 'rep2', stageName: 'Closed Won', amount: 400, closeDate: '2026-11-08', competitor: 'Salesforce' },
  { name: 'A5', owner: 'rep3', stageName: 'Prospecting', amount: null, closeDate: '2026-12-20', competitor: null },
  { name: 'A6', owner: 'rep3', stageName: 'Closed Lost', amount: 600, closeDate: '2025-12-31', competitor: '', lostReason: 'Features' },
  { name: 'A7', owner: 'rep1', stageName: 'Negotiation/Review', amount: 50, closeDate: '2026-11-18', competitor: 'HubSpot' },
  { name: 'A8', owner: 'rep2', stageName: 'Closed Won', amount: 250, closeDate: '2026-09-30', competitor: 'Salesforce' },
];

/** A small seeded PRNG (mulberry32), so the randomised data set is the same on every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
