import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

process.env.CRM_TODAY = '2026-06-15';

let t: TestServer;
let acme: OrgFixture;
let team: string[];

/** Seeded RNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
const r = rng(12);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const maybe = <T>(x: T, p = 0.8): T | null => (r() < p ? x : null);
const DAY = 86_400_000;
const dayIn = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(r() * days) * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function bulk(table: string, rows: Array<Record<string, unknown>>): Promise<string[]> {
  const cols = Object.keys(rows[0]);
  const params: unknown[] = [];
  const values = rows.map((row) => `(${cols.map((c) => (params.push(row[c]), `$${params.length}`)).join(', ')})`);
  return (await t.ds.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')} RETURNING id`, params)).map((x: any) => x.id);
}

const STAGES: Array<[string, boolean, boolean]> = [['Prospecting', false, false], ['Qualification', false, false], ['Negotiation/Review', false, false], ['Closed Won', true, true], ['Closed Lost', true, false]];

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  const org = acme.org.id;
  const u = acme.users;
  const owners = [u.rep1.id, u.rep2.id, u.rep3.id, u.manager.id];
  team = [u.manager.id, u.rep1.id, u.rep2.id];
  const campaigns = await bulk('campaign', [1, 2, 3].map((i) => ({ orgId: org, ownerId: pick(owners), name: `C${i}`, actualCost: maybe(1000 * i) })));
  const opps = await bulk('opportunity', Array.from({ length: 400 }, (_, i) => {
    const [stageName, isClosed, isWon] = pick(STAGES);
    return {
      orgId: org, ownerId: pick(owners), name: `O${i}`, stageName, isClosed, isWon, forecastCategoryName: 'Pipeline',
      amount: maybe(Math.round(r() * 10000)), closeDate: isoDay(dayIn('2025-06-01', 500)), createdDate: dayIn('2025-06-01', 380).toISOString(),
      leadSource: maybe(pick(['Web', 'Phone', 'Partner'])), competitor: maybe(pick(['HubSpot', 'Zoho']), 0.6),
      lostReason: !isWon && isClosed ? maybe(pick(['Price', 'Features', 'Timing'])) : null, campaignId: maybe(pick(campaigns), 0.4),
      nextStep: maybe('Call back', 0.6),
    };
  }));
  const leads = await bulk('lead', Array.from({ length: 300 }, (_, i) => {
    const created = dayIn('2025-09-01', 285);
    const conv = r() < 0.4;
    return {
      orgId: org, ownerId: pick(owners), lastName: `L${i}`, name: `L${i}`, company: 'Co', status: conv ? 'Closed - Converted' : 'Open - Not Contacted',
      leadSource: maybe(pick(['Web', 'Phone'])), createdDate: created.toISOString(), isConverted: conv,
      convertedDate: conv ? isoDay(new Date(created.getTime() + Math.floor(r() * 40) * DAY)) : null, convertedOpportunityId: conv && r() < 0.7 ? pick(opps) : null,
    };
  }));
  const seen = new Set<string>();
  const members = Array.from({ length: 250 }, () => ({ campaignId: pick(campaigns), leadId: pick(leads) }))
    .filter((m) => !seen.has(m.campaignId + m.leadId) && seen.add(m.campaignId + m.leadId));
  await bulk('campaign_member', members.map((m) => {
    const status = pick(['Sent', 'Opened', 'Clicked', 'Responded']);
    return { orgId: org, ...m, status, hasResponded: status === 'Responded' };
  }));
  await bulk('task', Array.from({ length: 400 }, () => {
    const closed = r() < 0.7;
    return {
      orgId: org, ownerId: pick(owners), taskSubtype: pick(['Task', 'Email', 'Call']), isClosed: closed, status: closed ? 'Completed' : 'Not Started',
      activityDate: isoDay(dayIn('2026-04-01', 90)), callType: maybe(pick(['Inbound', 'Outbound', 'Internal']), 0.6), opportunityId: maybe(pick(opps), 0.5),
      campaignId: maybe(pick(campaigns), 0.2),
    };
  }));
  await bulk('case', Array.from({ length: 300 }, (_, i) => {
    const created = new Date(dayIn('2026-03-01', 106).getTime() + Math.floor(r() * DAY));
    const closed = r() < 0.6 ? new Date(created.getTime() + Math.floor(r() * 5 * DAY)) : null;
    const isClosed = !!closed && closed.getTime() < Date.parse('2026-06-15T12:00:00Z');
    const due = (h: number) => new Date(created.getTime() + h * 3_600_000).toISOString();
    return {
      orgId: org, ownerId: maybe(pick(owners), 0.85), caseNumber: `C${i}`, status: isClosed ? 'Closed' : 'New', isClosed, closedDate: isClosed ? closed!.toISOString() : null,
      createdDate: created.toISOString(), priority: pick(['High', 'Medium', 'Low']), origin: maybe(pick(['Phone', 'Email', 'Web'])),
      productName: maybe(pick(['Widget', 'Gadget'])), reason: maybe(pick(['Install', 'Billing'])), csatScore: isClosed ? maybe(1 + Math.floor(r() * 5), 0.6) : null,
      agentInteractionCount: Math.floor(r() * 3), reopenCount: r() < 0.2 ? 1 : 0, resolutionDueDate: maybe(due(24 + Math.floor(r() * 72))),
      firstResponseDueDate: due(4), firstResponseDate: maybe(due(Math.floor(r() * 8)), 0.7),
    };
  }));
});
afterAll(() => t?.stop());

type Map = Record<string, number | null>;
/** API points as { key: value } (key: group, or period, or both). */
async function api(root: string, field: string, token: string, filter: object = {}, measure = 'value'): Promise<Map & { _total: number | null }> {
  const res = ok(await t.gql(`query($f: KpiFilter) { ${root}(filter: $f) { k: ${field} { value count numerator average points { period group subgroup value count numerator average } } } }`, { f: filter }, token));
  const k = res[root].k;
  const out: any = { _total: k[measure] };
  for (const p of k.points) out[[p.period, p.group, p.subgroup].filter((x) => x != null).join('|') || 'null'] = p[measure] == null ? null : Number(p[measure]);
  return out;
}
/** Plain SQL rows (k, v) as the same map; `_total` from a second query. */
async function sql(points: string, total: string, params: unknown[] = []): Promise<Map> {
  const out: any = {};
  for (const row of await t.ds.query(points, points.includes('$1') ? params : [])) out[row.k ?? 'null'] = row.v == null ? null : Number(row.v);
  out._total = (await t.ds.query(total, params))[0].v;
  out._total = out._total == null ? null : Number(out._total);
  return out;
}
const close = (a: Map, b: Map) => {
  expect(b._total).not.toBeNull(); // the random data reaches every KPI
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const k of Object.keys(a)) {
    if (b[k] == null) expect(a[k]).toBeNull();
    else expect(a[k]).toBeCloseTo(b[k] as number, 6);
  }
};
const ORG = () => acme.org.id;
const M = `to_char(date_trunc('month', "createdDate" AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;

test('sales KPIs equal plain SQL (admin: the whole org)', async () => {
  const tok = acme.tokens.admin;
  const y = `"orgId" = $1 AND "createdDate" >= '2026-01-01T00:00:00Z' AND "createdDate" < '2027-01-01T00:00:00Z'`;
  close(await api('salesKpis', 'opportunitiesOpened', tok), await sql(`SELECT ${M} k, count(*) v FROM opportunity WHERE ${y} GROUP BY 1`, `SELECT count(*) v FROM opportunity WHERE ${y}`, [ORG()]));
  const q2 = `"orgId" = $1 AND "closeDate" BETWEEN '2026-04-01' AND '2026-06-30'`;
  close(await api('salesKpis', 'winRate(groupBy: SOURCE)', tok), await sql(
    `SELECT "leadSource" k, 100.0 * sum(CASE WHEN "isWon" THEN 1 ELSE 0 END) / count(*) v FROM opportunity WHERE ${q2} AND "isClosed" GROUP BY 1`,
    `SELECT 100.0 * sum(CASE WHEN "isWon" THEN 1 ELSE 0 END) / count(*) v FROM opportunity WHERE ${q2} AND "isClosed"`, [ORG()]));
  close(await api('salesKpis', 'averageContractValue(groupBy: COMPETITOR)', tok), await sql(
    `SELECT competitor k, avg(amount) v FROM opportunity WHERE ${q2} AND "isWon" AND amount IS NOT NULL GROUP BY 1`,
    `SELECT avg(amount) v FROM opportunity WHERE ${q2} AND "isWon" AND amount IS NOT NULL`, [ORG()]));
  close(await api('salesKpis', 'pipelineByStage', tok), await sql(
    `SELECT "stageName" k, sum(coalesce(amount, 0)) v FROM opportunity WHERE "orgId" = $1 AND NOT "isClosed" GROUP BY 1`,
    `SELECT sum(coalesce(amount, 0)) v FROM opportunity WHERE "orgId" = $1 AND NOT "isClosed"`, [ORG()]));
  const yc = `"orgId" = $1 AND "closeDate" BETWEEN '2026-01-01' AND '2026-12-31' AND "isClosed" AND NOT "isWon" AND "lostReason" IS NOT NULL`;
  close(await api('salesKpis', 'topLostReasons(byCompetitor: true)', tok, {}, 'count'), await sql(
    `SELECT concat_ws('|', competitor, "lostReason") k, count(*) v FROM opportunity WHERE ${yc} GROUP BY competitor, "lostReason"`, `SELECT count(*) v FROM opportunity WHERE ${yc}`, [ORG()]));
  close(await api('salesKpis', 'campaignRoi', tok), await sql(
    `SELECT c.id::text k, CASE WHEN c."actualCost" > 0 THEN 100.0 * (sum(coalesce(o.amount, 0)) - c."actualCost") / c."actualCost" END v
       FROM opportunity o JOIN campaign c ON c.id = o."campaignId" WHERE o."orgId" = $1 AND o."isWon" GROUP BY c.id`,
    `SELECT 100.0 * (sum(w) - sum(cost)) / sum(cost) v FROM (SELECT c."actualCost" cost, sum(coalesce(o.amount, 0)) w FROM opportunity o JOIN campaign c ON c.id = o."campaignId"
       WHERE o."orgId" = $1 AND o."isWon" AND c."actualCost" > 0 GROUP BY c.id) x`, [ORG()]));
  const ly = `l."orgId" = $1 AND l."createdDate" >= '2026-01-01T00:00:00Z' AND l."createdDate" < '2027-01-01T00:00:00Z'`;
  close(await api('salesKpis', 'leadsCreated(granularity: null, groupBy: CAMPAIGN)', tok), await sql(
    `SELECT m."campaignId"::text k, count(*) v FROM lead l LEFT JOIN campaign_member m ON m."leadId" = l.id WHERE ${ly} GROUP BY 1`, `SELECT count(*) v FROM lead l WHERE ${ly}`, [ORG()]));
  const lq = `"orgId" = $1 AND "createdDate" >= '2026-04-01T00:00:00Z' AND "createdDate" < '2026-07-01T00:00:00Z'`;
  close(await api('salesKpis', 'leadConversionRate(groupBy: SOURCE)', tok), await sql(
    `SELECT "leadSource" k, 100.0 * count(*) FILTER (WHERE "convertedOpportunityId" IS NOT NULL) / count(*) v FROM lead WHERE ${lq} GROUP BY 1`,
    `SELECT 100.0 * count(*) FILTER (WHERE "convertedOpportunityId" IS NOT NULL) / count(*) v FROM lead WHERE ${lq}`, [ORG()]));
  const cq = `"orgId" = $1 AND "isConverted" AND "convertedDate" BETWEEN '2026-04-01' AND '2026-06-30'`;
  close(await api('salesKpis', 'averageDaysToConvert', tok), await sql(`SELECT 'x' k, 1 v WHERE false`, `SELECT avg("convertedDate" - ("createdDate" AT TIME ZONE 'UTC')::date) v FROM lead WHERE ${cq}`, [ORG()]));
  close(await api('salesKpis', 'campaignOpens', tok), await sql(
    `SELECT "campaignId"::text k, 100.0 * count(*) FILTER (WHERE status <> 'Sent') / count(*) v FROM campaign_member WHERE "orgId" = $1 GROUP BY 1`,
    `SELECT 100.0 * count(*) FILTER (WHERE status <> 'Sent') / count(*) v FROM campaign_member WHERE "orgId" = $1`, [ORG()]));
});

test('sales KPIs equal plain SQL (manager: the team only)', async () => {
  const tok = acme.tokens.manager;
  const june = `"orgId" = $1 AND "ownerId" = ANY($2) AND "activityDate" BETWEEN '2026-06-01' AND '2026-06-30' AND "isClosed"`;
  close(await api('salesKpis', 'outboundCalls(groupBy: OWNER)', tok), await sql(
    `SELECT "ownerId"::text k, count(*) v FROM task WHERE ${june} AND "taskSubtype" = 'Call' AND coalesce("callType", 'Outbound') = 'Outbound' GROUP BY 1`,
    `SELECT count(*) v FROM task WHERE ${june} AND "taskSubtype" = 'Call' AND coalesce("callType", 'Outbound') = 'Outbound'`, [ORG(), team]));
  close(await api('salesKpis', 'emailsSent', tok), await sql(`SELECT 'x' k, 1 v WHERE false`, `SELECT count(*) v FROM task WHERE ${june} AND "taskSubtype" = 'Email'`, [ORG(), team]));
  const y = `"orgId" = $1 AND "ownerId" = ANY($2) AND "isClosed" AND competitor IS NOT NULL AND "closeDate" BETWEEN '2026-01-01' AND '2026-12-31'`;
  close(await api('salesKpis', 'competitorWinLoss', tok), await sql(
    `SELECT competitor k, 100.0 * count(*) FILTER (WHERE "isWon") / count(*) v FROM opportunity WHERE ${y} GROUP BY 1`,
    `SELECT 100.0 * count(*) FILTER (WHERE "isWon") / count(*) v FROM opportunity WHERE ${y}`, [ORG(), team]));
  const d = `"orgId" = $1 AND "ownerId" = ANY($2) AND "createdDate" >= '2026-05-16T00:00:00Z' AND "createdDate" < '2026-06-16T00:00:00Z'`;
  close(await api('salesKpis', 'newPipelinePerDay', tok), await sql(
    `SELECT to_char("createdDate" AT TIME ZONE 'UTC', 'YYYY-MM-DD') k, sum(coalesce(amount, 0)) v FROM opportunity WHERE ${d} GROUP BY 1`,
    `SELECT coalesce(sum(amount), 0) v FROM opportunity WHERE ${d}`, [ORG(), team]));
  const w = `"orgId" = $1 AND "ownerId" = ANY($2) AND "isWon" AND "closeDate" BETWEEN '2026-01-01' AND '2026-12-31'`;
  close(await api('salesKpis', 'opportunitiesWon(granularity: QUARTER)', tok), await sql(
    `SELECT to_char(date_trunc('quarter', "closeDate"), 'YYYY-MM-DD') k, count(*) v FROM opportunity WHERE ${w} GROUP BY 1`, `SELECT count(*) v FROM opportunity WHERE ${w}`, [ORG(), team]));
  // Clean Your Room per owner. No activity: no closed task dated 05-17 or later (Last Activity; this org has no events).
  const per = ok(await t.gql(`{ dataHygiene { perOwner { ownerId pastCloseDate noActivity30Days missingAmount missingNextStep needsAttention } } }`, {}, tok)).dataHygiene.perOwner;
  const expected = await t.ds.query(`SELECT o."ownerId", count(*) FILTER (WHERE "closeDate" < '2026-06-15')::int "pastCloseDate",
      count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM task x WHERE x."opportunityId" = o.id AND x."isClosed" AND x."activityDate" >= '2026-05-17'))::int "noActivity30Days",
      count(*) FILTER (WHERE amount IS NULL)::int "missingAmount", count(*) FILTER (WHERE "nextStep" IS NULL)::int "missingNextStep",
      count(*) FILTER (WHERE "closeDate" < '2026-06-15' OR amount IS NULL OR "nextStep" IS NULL
        OR NOT EXISTS (SELECT 1 FROM task x WHERE x."opportunityId" = o.id AND x."isClosed" AND x."activityDate" >= '2026-05-17'))::int "needsAttention"
    FROM opportunity o WHERE o."orgId" = $1 AND o."ownerId" = ANY($2) AND NOT o."isClosed" GROUP BY 1`, [ORG(), team]);
  const byOwner = (xs: any[]) => Object.fromEntries(xs.map(({ ownerId, ...rest }) => [ownerId, rest]));
  expect(byOwner(per)).toEqual(byOwner(expected));
});

test('service KPIs equal plain SQL', async () => {
  const tok = acme.tokens.admin;
  const closed = `"orgId" = $1 AND "isClosed" AND "closedDate" >= '2026-06-01T00:00:00Z' AND "closedDate" < '2026-07-01T00:00:00Z'`;
  close(await api('serviceKpis', 'averageTimeToClose(groupBy: PRIORITY)', tok), await sql(
    `SELECT priority k, avg(extract(epoch FROM "closedDate" - "createdDate") / 3600) v FROM "case" WHERE ${closed} GROUP BY 1`,
    `SELECT avg(extract(epoch FROM "closedDate" - "createdDate") / 3600) v FROM "case" WHERE ${closed}`, [ORG()]));
  close(await api('serviceKpis', 'firstContactResolutionRate(groupBy: ORIGIN)', tok), await sql(
    `SELECT origin k, 100.0 * count(*) FILTER (WHERE "reopenCount" = 0 AND "agentInteractionCount" = 1) / count(*) v FROM "case" WHERE ${closed} GROUP BY 1`,
    `SELECT 100.0 * count(*) FILTER (WHERE "reopenCount" = 0 AND "agentInteractionCount" = 1) / count(*) v FROM "case" WHERE ${closed}`, [ORG()]));
  close(await api('serviceKpis', 'casesByAgent', tok, {}, 'average'), await sql(
    `SELECT "ownerId"::text k, avg("csatScore") v FROM "case" WHERE ${closed} AND "ownerId" IS NOT NULL GROUP BY 1`, `SELECT avg("csatScore") v FROM "case" WHERE ${closed} AND "ownerId" IS NOT NULL`, [ORG()]));
  close(await api('serviceKpis', 'averageCsat', tok), await sql(`SELECT 'x' k, 1 v WHERE false`, `SELECT avg("csatScore") v FROM "case" WHERE ${closed}`, [ORG()]));
  close(await api('serviceKpis', 'backlog(groupBy: OWNER)', tok), await sql(
    `SELECT "ownerId"::text k, count(*) v FROM "case" WHERE "orgId" = $1 AND NOT "isClosed" GROUP BY 1`, `SELECT count(*) v FROM "case" WHERE "orgId" = $1 AND NOT "isClosed"`, [ORG()]));
  const created = `"orgId" = $1 AND "createdDate" >= '2026-06-01T00:00:00Z' AND "createdDate" < '2026-07-01T00:00:00Z'`;
  close(await api('serviceKpis', 'caseVolume(by: REASON)', tok), await sql(
    `SELECT reason k, count(*) v FROM "case" WHERE ${created} GROUP BY 1`, `SELECT count(*) v FROM "case" WHERE ${created}`, [ORG()]));
  const sla = `${created} AND "resolutionDueDate" IS NOT NULL AND ("closedDate" IS NOT NULL OR "resolutionDueDate" < '2026-06-15T12:00:00Z')`;
  close(await api('serviceKpis', 'slaCompliance(groupBy: PRIORITY)', tok), await sql(
    `SELECT priority k, 100.0 * count(*) FILTER (WHERE "closedDate" <= "resolutionDueDate") / count(*) v FROM "case" WHERE ${sla} GROUP BY 1`,
    `SELECT 100.0 * count(*) FILTER (WHERE "closedDate" <= "resolutionDueDate") / count(*) v FROM "case" WHERE ${sla}`, [ORG()]));
});
