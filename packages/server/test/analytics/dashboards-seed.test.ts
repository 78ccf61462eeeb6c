import { getSchema } from '../../src/api/schema';
import { checkDocument } from '../../src/analytics/dashboards/component-document';
import { componentVariables } from '../../src/analytics/dashboards/filter-variables';
import type { DashboardComponent } from '../../src/analytics/dashboards/dashboard.entity';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/seed';
import { ok, startTestServer, type TestServer } from '../harness';
import { runWidget } from './dashboards-helpers';

let t: TestServer;
let orgId: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestServer();
  orgId = (await seedDemo(t.ds)).orgId;
  // Planner statistics, as autovacuum (or the embedded database's start) would gather them.
  await t.ds.query('ANALYZE');
  for (const who of ['admin', 'manager', 'rep']) {
    tokens[who] = ok(await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: `${who}@demo.example`, p: DEMO_PASSWORD })).login.token;
  }
}, 240_000);
afterAll(() => t?.stop());

const dashboards = async (token: string) =>
  ok(await t.gql(`{ dashboards { id developerName dashboardType filters { name defaultValue options { value } } components { id title document documentHash objects settings variables } } }`, {}, token)).dashboards;

test('the ten demo dashboards, 3-6 components each, every document registered, valid and executing without errors', async () => {
  const list = await dashboards(tokens.admin);
  expect(list.map((d: any) => d.developerName).sort()).toEqual([
    'AMP', 'Account_Overview', 'Clean_Your_Room', 'Daily_Pipe_Gen', 'Opportunity_History', 'Pipeline_Creation', 'Sales_Rep_Leaderboard',
    'Service_KPIs', 'State_of_the_Union', 'Win_Loss_Analysis',
  ]);
  const schema = await getSchema();
  const registered = new Set((await t.ds.query(`SELECT hash FROM persisted_query WHERE "orgId" = $1`, [orgId])).map((r: { hash: string }) => r.hash.trim()));
  let executed = 0;
  for (const d of list) {
    expect(d.components.length).toBeGreaterThanOrEqual(3);
    expect(d.components.length).toBeLessThanOrEqual(6);
    for (const c of d.components) {
      expect(checkDocument(schema, c.document).documentHash).toBe(c.documentHash);
      expect(registered.has(c.documentHash)).toBe(true);
      expect(c.objects.length).toBeGreaterThan(0);
      expect(() => JSON.parse(c.settings)).not.toThrow();
      // As the SPA runs it: the hash, the dashboard header, the default filter variables.
      for (const who of ['admin', 'rep']) {
        const r = await runWidget(t, tokens[who], d.id, c.document, c.variables);
        if (r.status !== 200 || r.body.errors) throw new Error(`${d.developerName} / ${c.title} as ${who}: ${r.status} ${JSON.stringify(r.body.errors)}`);
        expect(r.body.data).toBeTruthy();
        executed++;
      }
      // A choice of each filter flows in and still executes.
      for (const f of d.filters) {
        for (const o of f.options.slice(0, 1)) {
          const vars = componentVariables({ document: c.document, settings: c.settings } as DashboardComponent, d.filters, { [f.name]: o.value });
          const r = await runWidget(t, tokens.admin, d.id, c.document, vars);
          if (r.body.errors) throw new Error(`${d.developerName} / ${c.title} with ${f.name}=${o.value}: ${JSON.stringify(r.body.errors)}`);
        }
      }
    }
  }
  expect(executed).toBeGreaterThanOrEqual(90);
  // The whole list with every component and its variables: a fixed number of statements, not one per dashboard or component.
  const all = await t.gql(`{ dashboards { id runningUser { name } owner { name } components { id document variables } } }`, {}, tokens.admin);
  expect(all.errors).toBeUndefined();
  expect(all.extensions?.sqlStatements).toBeLessThanOrEqual(6);
}, 240_000);

test('a rep\'s dashboard shows only what the rep may see, a manager\'s the team\'s (Daily Pipe Gen, Pipeline Created)', async () => {
  const d = (await dashboards(tokens.admin)).find((x: any) => x.developerName === 'Daily_Pipe_Gen');
  const c = d.components.find((x: any) => x.title === 'Pipeline Created');
  const vars = { filter: { period: 'LAST_N_DAYS:365' } };
  const run = async (who: string) => (await runWidget(t, tokens[who], d.id, c.document, vars)).body.data.salesKpis.opportunitiesOpened;
  const [rep, manager, admin] = [await run('rep'), await run('manager'), await run('admin')];
  const sql = async (owners: string) => (await t.ds.query(
    `SELECT count(*)::int AS n, coalesce(sum(amount), 0)::float AS amount FROM opportunity o
      WHERE o."orgId" = $1 AND o."createdDate" >= (current_date - 365) AND ${owners}`, [orgId]))[0];
  const repRow = await sql(`o."ownerId" = (SELECT id FROM "user" WHERE email = 'rep@demo.example')`);
  const teamRow = await sql(`o."ownerId" IN (SELECT id FROM "user" WHERE email = 'manager@demo.example' OR "managerId" = (SELECT id FROM "user" WHERE email = 'manager@demo.example'))`);
  expect(rep).toEqual({ count: repRow.n, amount: repRow.amount });
  expect(manager).toEqual({ count: teamRow.n, amount: teamRow.amount });
  expect(rep.count).toBeGreaterThan(0);
  expect(manager.count).toBeGreaterThan(rep.count);
  expect(admin.count).toBeGreaterThan(manager.count);
});

test('State of the Union runs as the CEO for every viewer', async () => {
  const d = (await dashboards(tokens.rep)).find((x: any) => x.developerName === 'State_of_the_Union');
  expect(d.dashboardType).toBe('SPECIFIED_USER');
  const c = d.components.find((x: any) => x.title === 'Closed Won');
  const vars = { filter: { period: 'LAST_N_DAYS:730' } };
  const asRep = (await runWidget(t, tokens.rep, d.id, c.document, vars)).body.data.salesKpis.opportunitiesWon;
  const asAdmin = (await runWidget(t, tokens.admin, d.id, c.document, vars)).body.data.salesKpis.opportunitiesWon;
  const own = ok(await t.gql(c.document, vars, tokens.rep)).salesKpis.opportunitiesWon;
  expect(asRep).toEqual(asAdmin);
  expect(asRep.count).toBeGreaterThan(own.count);
});

test('the shipped report components follow the team filter: AMP Tasks and Meetings, Win-Loss Lost Reasons by Competitor', async () => {
  const list = await dashboards(tokens.admin);
  const [{ id: manager }] = await t.ds.query(`SELECT id FROM "user" WHERE email = 'manager@demo.example'`);
  const team = `(SELECT id FROM "user" WHERE id = '${manager}' OR "managerId" = '${manager}')`;
  const run = async (developerName: string, title: string, chosen: Record<string, string>) => {
    const d = list.find((x: any) => x.developerName === developerName);
    const c = d.components.find((x: any) => x.title === title);
    expect(d.filters.find((f: any) => f.name === 'team').options.map((o: any) => o.value)).toContain(manager);
    const vars = componentVariables({ document: c.document, settings: c.settings } as DashboardComponent, d.filters, chosen);
    const r = await runWidget(t, tokens.admin, d.id, c.document, vars);
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    return Object.values(r.body.data)[0] as { groupsDown: Array<{ key: string; count: number }> };
  };
  const counts = (r: { groupsDown: Array<{ key: string; count: number }> }) => Object.fromEntries(r.groupsDown.map((g) => [g.key, g.count]));
  const plain = async (sql: string) => Object.fromEntries((await t.ds.query(sql, [orgId])).map((x: any) => [x.k, x.n]));

  // AMP's default period: this month (UTC days).
  const now = new Date();
  const month = [new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))].map((x) => x.toISOString().slice(0, 10));
  const activities = (table: string, kind: string, owners: string) =>
    `SELECT '${kind}' AS k, count(*)::int AS n FROM ${table} WHERE "orgId" = $1 AND "activityDate" >= '${month[0]}' AND "activityDate" < '${month[1]}' AND ${owners} HAVING count(*) > 0`;
  const ampAll = counts(await run('AMP', 'Tasks and Meetings', {}));
  const ampTeam = counts(await run('AMP', 'Tasks and Meetings', { team: manager }));
  expect(ampAll).toEqual(await plain(`${activities('task', 'Task', 'true')} UNION ALL ${activities('event', 'Event', 'true')}`));
  expect(ampTeam).toEqual(await plain(`${activities('task', 'Task', `"ownerId" IN ${team}`)} UNION ALL ${activities('event', 'Event', `"ownerId" IN ${team}`)}`));
  expect(ampTeam.Task).toBeGreaterThan(0);
  expect(ampTeam.Task).toBeLessThan(ampAll.Task);

  // Win-Loss's default period: this year.
  const year = now.getUTCFullYear();
  const lost = (owners: string) => `SELECT competitor AS k, count(*)::int AS n FROM opportunity WHERE "orgId" = $1 AND "stageName" = 'Closed Lost'
    AND coalesce(competitor, '') <> '' AND coalesce("lostReason", '') <> '' AND "closeDate" >= '${year}-01-01' AND "closeDate" < '${year + 1}-01-01' AND ${owners} GROUP BY 1`;
  const all = counts(await run('Win_Loss_Analysis', 'Lost Reasons by Competitor', {}));
  const mine = counts(await run('Win_Loss_Analysis', 'Lost Reasons by Competitor', { team: manager }));
  expect(all).toEqual(await plain(lost('true')));
  expect(mine).toEqual(await plain(lost(`"ownerId" IN ${team}`)));
  const sum = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);
  expect(sum(mine)).toBeGreaterThan(0);
  expect(sum(mine)).toBeLessThan(sum(all));
});
