import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';
import { account, catalog } from '../orders-fixture';

// Quantity and product-family forecasts, numbers by hand: rep1's January deals
//   A Commit 1000 with an order: Hardware 2 x 100, Software 1 x 50, and a cancelled Hardware order of 100
//   B Closed 500 with an order: Hardware 3 x 10          C Pipeline 70, no order
let t: TestServer;
let acme: OrgFixture;
const types: Record<string, string> = {};
const KEYS = ['openPipeline', 'bestCaseForecast', 'commitForecast', 'closedOnly'];
const GRID = `query($i: ForecastGridInput!) { forecastGrid(input: $i) { rows { id cells { quota attainment ${KEYS.map((k) => `${k} { amountWithoutAdjustments }`).join(' ')} } } } }`;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  const admin = (q: string, v?: Record<string, unknown>) => t.gql(q, v, acme.tokens.admin).then(ok);
  for (const [key, args] of [['qty', 'isAmount: false'], ['hw', 'productFamily: "Hardware"'], ['hwQty', 'isAmount: false, productFamily: "Hardware"']]) {
    types[key] = (await admin(`mutation { createForecastingType(input: { developerName: "${key}", masterLabel: "${key}", ${args} }) { id } }`)).createForecastingType.id;
  }
  const cat = await catalog(t, acme);
  const software = (await admin(`mutation { createProduct(input: { name: "Suite", productCode: "S-1", family: "Software" }) { id } }`)).createProduct.id;
  const accountId = await account(t, acme.tokens.rep1, 'Buyer');
  const opp = async (fc: string, amount: number) =>
    (await t.ds.query(`INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "closeDate", "forecastCategoryName", amount) VALUES ($1, $2, $3, 'D', 'x', '2027-01-10', $4, $5) RETURNING id`,
      [acme.org.id, acme.users.rep1.id, accountId, fc, amount]))[0].id as string;
  const order = async (opportunityId: string, status: string, lines: Array<[string, number, number]>) => {
    const [o] = await t.ds.query(`INSERT INTO "order" ("orgId", "ownerId", "orderNumber", "accountId", "opportunityId", "pricebookId", status, "effectiveDate", "totalAmount")
      VALUES ($1, $2, $3, $4, $5, $6, $7, '2027-01-10', 0) RETURNING id`, [acme.org.id, acme.users.rep1.id, `T-${Math.random()}`, accountId, opportunityId, cat.pricebookId, status]);
    for (const [i, [productId, quantity, unitPrice]] of lines.entries()) {
      await t.ds.query(`INSERT INTO order_item ("orgId", "orderId", "productId", "lineNumber", quantity, "unitPrice", "totalPrice") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [acme.org.id, o.id, productId, i + 1, quantity, unitPrice, quantity * unitPrice]);
    }
  };
  const a = await opp('Commit', 1000);
  await order(a, 'Activated', [[cat.widget, 2, 100], [software, 1, 50]]);
  await order(a, 'Cancelled', [[cat.gadget, 1, 100]]);
  await order(await opp('Closed', 500), 'Draft', [[cat.widget, 3, 10]]);
  await opp('Pipeline', 70);
  const quota = (i: Record<string, unknown>) => t.gql(`mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id } }`,
    { i: { quotaOwnerId: acme.users.rep1.id, startDate: '2027-01-01', ...i } }, acme.tokens.manager).then(ok);
  await quota({ quotaQuantity: 6 });
  await quota({ quotaAmount: 60, productFamily: 'Hardware' });
});
afterAll(() => t?.stop());

async function rep1(type: string) {
  const g = ok(await t.gql(GRID, { i: { forecastingTypeId: types[type], startPeriod: '2027-01-01', periodCount: 1 } }, acme.tokens.manager)).forecastGrid;
  const c = g.rows.find((r: any) => r.id === acme.users.rep1.id).cells[0];
  return { sums: KEYS.map((k) => c[k].amountWithoutAdjustments), quota: c.quota, attainment: c.attainment };
}

test('quantity counts deals; its quota is quotaQuantity', async () => {
  expect(await rep1('qty')).toEqual({ sums: [2, 2, 2, 1], quota: 6, attainment: 0.166667 });
});

test('a product family counts only that family\'s order lines (not cancelled orders), with the family\'s quota', async () => {
  expect(await rep1('hw')).toEqual({ sums: [200, 230, 230, 30], quota: 60, attainment: 0.5 });
  expect(await rep1('hwQty')).toEqual({ sums: [2, 5, 5, 3], quota: null, attainment: null });
});

test('a second quota for the same owner, month and family is refused', async () => {
  const r = await t.gql(`mutation($i: CreateForecastingQuotaInput!) { createForecastingQuota(input: $i) { id } }`,
    { i: { quotaOwnerId: acme.users.rep1.id, startDate: '2027-01-01', quotaAmount: 1, productFamily: 'Hardware' } }, acme.tokens.manager);
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'startDate' });
});
