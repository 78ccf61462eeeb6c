import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { addComponent, createDashboard, day, runWidget, wonDeal } from './dashboards-helpers';

// Widget results are reused until the organisation's records change (NOTIFY), per running user.
let t: TestServer;
let acme: OrgFixture;
let dashboardId: string;
let document: string;
beforeAll(async () => {
  t = await startTestServer({ WIDGET_CACHE_TTL_MS: '60000' });
  acme = await createOrg(t, 'CacheCo');
  const d = ok(await createDashboard(t, acme.tokens.admin, { title: 'Cached', developerName: 'Cached', dashboardType: 'LOGGED_IN_USER', isPublic: true }));
  dashboardId = d.createDashboard.id;
  document = ok(await addComponent(t, acme.tokens.admin, dashboardId)).createDashboardComponent.document;
});
afterAll(() => t?.stop());

const won = async (token: string) => {
  const r = await runWidget(t, token, dashboardId, document, { filter: { period: 'THIS_YEAR' } });
  expect(r.body.errors).toBeUndefined();
  return { count: r.body.data.salesKpis.opportunitiesWon.count, statements: (r.body as any).extensions?.sqlStatements };
};
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100; i++) if (await check()) return;
  throw new Error('the widget never showed the change');
};

test('a repeated widget request is answered from the cache, and a change in the organisation drops it', async () => {
  await wonDeal(t, acme, 'rep1', 100, day());
  const first = await won(acme.tokens.admin);
  expect(first.count).toBe(1);
  const again = await won(acme.tokens.admin);
  expect(again.count).toBe(1);
  // Only the session check runs: the KPI statement is not repeated.
  expect(again.statements).toBeLessThan(first.statements);
  // A deal won in another session (a trigger NOTIFYs): the next answer is computed again.
  await wonDeal(t, acme, 'rep2', 50, day());
  await until(async () => (await won(acme.tokens.admin)).count === 2);
});

test('entries are per running user: a rep never gets the admin\'s cached numbers', async () => {
  const admin = await won(acme.tokens.admin);
  const rep = await won(acme.tokens.rep1);
  expect(admin.count).toBeGreaterThan(rep.count);
  expect(rep.count).toBe(1);
});

test('requests without the dashboard header are never cached', async () => {
  const q = `{ salesKpis(filter: { period: "THIS_YEAR" }) { opportunitiesWon(granularity: null) { count } } }`;
  const a = await t.gql(q, {}, acme.tokens.admin);
  const b = await t.gql(q, {}, acme.tokens.admin);
  expect(b.extensions!.sqlStatements).toBe(a.extensions!.sqlStatements);
});
