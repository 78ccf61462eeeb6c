import { createHash } from 'node:crypto';
import { ok, type OrgFixture, type TestServer } from '../harness';

export const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export interface Raw {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

/** A POST /graphql with any body and headers (persisted queries, dashboard headers). */
export async function post(t: TestServer, body: Record<string, unknown>, token?: string, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Runs a component the way the SPA does: the hash only, the dashboard header, the filter variables. */
export const runWidget = (t: TestServer, token: string, dashboardId: string, document: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(t, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha(document) } } }, token, { 'x-crm-dashboard': dashboardId, ...headers });

export const WON = `query Won($filter: KpiFilter) { salesKpis(filter: $filter) { opportunitiesWon(granularity: null) { count amount } } }`;

export async function createDashboard(t: TestServer, token: string, input: Record<string, unknown>) {
  const r = await t.gql(`mutation($i: CreateDashboardInput!) { createDashboard(input: $i) { id title developerName dashboardType isPublic version runningUser { id } filters { name label defaultValue options { value label } } } }`, { i: input }, token);
  return r;
}

export async function addComponent(t: TestServer, token: string, dashboardId: string, input: Record<string, unknown> = {}) {
  return t.gql(
    `mutation($i: CreateDashboardComponentInput!) { createDashboardComponent(input: $i) { id title visualization position { row col width } kpi reportId document documentHash objects settings } }`,
    { i: { dashboardId, title: 'Won', visualization: 'METRIC', position: { row: 0, col: 0, width: 4 }, kpi: 'salesKpis.opportunitiesWon', document: WON, ...input } },
    token,
  );
}

/** A won opportunity owned by `owner` (created as them), closing on `closeDate`. */
export async function wonDeal(t: TestServer, org: OrgFixture, owner: string, amount: number, closeDate: string) {
  ok(await t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, { i: { name: `Won ${owner} ${amount}`, stageName: 'Closed Won', closeDate, amount, competitor: 'HubSpot' } }, org.tokens[owner]));
}

export const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
