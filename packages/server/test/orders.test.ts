import { orderFaults } from '../src/orders/order.service';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';
import { account, catalog, counts, PLACE } from './orders-fixture';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
let cat: Awaited<ReturnType<typeof catalog>>;
let accountId: string;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  cat = await catalog(t, acme);
  accountId = await account(t, acme.tokens.rep1, 'Orders Inc');
});
afterAll(() => t?.stop());

const place = (i: Record<string, unknown>, who = 'rep1', org = acme) => t.gql(PLACE, { i }, org.tokens[who]);

test('placeOrder prices lines from the standard price book, numbers the order and queues the email in one go', async () => {
  const before = await counts(t);
  const o = ok(await place({ accountId, lines: [{ productId: cat.widget, quantity: 4 }, { productId: cat.gadget, quantity: 1, unitPrice: 90 }], description: 'Rush' })).placeOrder;
  expect(o.status).toBe('Activated');
  expect(o.orderNumber).toMatch(/^\d{8}$/);
  expect(o.owner.id).toBe(acme.users.rep1.id);
  expect(o.totalAmount).toBe(140);
  expect(o.effectiveDate).toBe(new Date().toISOString().slice(0, 10));
  expect(o.items.edges.map((e: any) => [e.node.lineNumber, e.node.product.name, e.node.quantity, e.node.unitPrice, e.node.totalPrice])).toEqual([
    [1, 'Widget', 4, 12.5, 50], [2, '가젯 Gadget', 1, 90, 90],
  ]);
  expect(o.notification).toEqual({ status: 'pending', to: [expect.stringMatching(/^service@acme-?\w*\.example$/)] });
  expect(await counts(t)).toEqual({ orders: before.orders + 1, items: before.items + 2, outbox: before.outbox + 1 });
  const [msg] = await t.ds.query(`SELECT kind, status, attempts, payload FROM outbox_message WHERE "recordId" = $1`, [o.id]);
  expect(msg).toMatchObject({ kind: 'email', status: 'pending', attempts: 0 });
  expect(msg.payload.subject).toBe(`New order ${o.orderNumber}: Orders Inc`);
  expect(msg.payload.text).toContain('가젯 Gadget (G-1): 1 × USD 90.00 = USD 90.00');
  const next = ok(await place({ accountId, lines: [{ productId: cat.widget, quantity: 1 }] })).placeOrder;
  expect(Number(next.orderNumber)).toBeGreaterThan(Number(o.orderNumber));
});

test.each([
  ['unknown product', { lines: [{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] }, 'BAD_USER_INPUT', 'lines.0.productId'],
  ['inactive product', { lines: [{ productId: 'RETIRED', quantity: 1 }] }, 'BAD_USER_INPUT', 'lines.0.productId'],
  ['quantity 0', { lines: [{ productId: 'WIDGET', quantity: 1 }, { productId: 'WIDGET', quantity: 0 }] }, 'BAD_USER_INPUT', 'lines.1.quantity'],
  ['negative price', { lines: [{ productId: 'WIDGET', quantity: 1, unitPrice: -1 }] }, 'BAD_USER_INPUT', 'lines.0.unitPrice'],
  ['no lines', { lines: [] }, 'BAD_USER_INPUT', 'lines'],
  ['invisible account', { accountId: 'REP3', lines: [{ productId: 'WIDGET', quantity: 1 }] }, 'BAD_USER_INPUT', 'accountId'],
  ['bad account id', { accountId: 'nope', lines: [{ productId: 'WIDGET', quantity: 1 }] }, 'BAD_USER_INPUT', 'accountId'],
])('%s: an error with its field, and nothing written', async (_name, input: any, code, field) => {
  const rep3Account = await account(t, acme.tokens.rep3, `Rep3 ${Math.random()}`);
  const sub = (id: string) => (id === 'WIDGET' ? cat.widget : id === 'RETIRED' ? cat.retired : id);
  const i = { accountId, ...input, lines: input.lines.map((l: any) => ({ ...l, productId: sub(l.productId) })) };
  if (i.accountId === 'REP3') i.accountId = rep3Account;
  const before = await counts(t);
  const r = await place(i);
  expect(r.errors?.[0].extensions).toMatchObject({ code, field });
  expect(await counts(t)).toEqual(before);
});

test('another org cannot order on the account, and the opportunity must be of the account', async () => {
  const r = await place({ accountId, lines: [{ productId: cat.widget, quantity: 1 }] }, 'rep1', other);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
  const elsewhere = await account(t, acme.tokens.rep1, 'Elsewhere');
  const opp = ok(await t.gql(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`,
    { i: { name: 'Deal', stageName: 'Prospecting', closeDate: '2027-01-31', accountId: elsewhere } }, acme.tokens.rep1)).createOpportunity;
  const before = await counts(t);
  const bad = await place({ accountId, opportunityId: opp.id, lines: [{ productId: cat.widget, quantity: 1 }] });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'opportunityId' });
  expect(await counts(t)).toEqual(before);
  const good = ok(await place({ accountId: elsewhere, opportunityId: opp.id, lines: [{ productId: cat.gadget, quantity: 2 }] })).placeOrder;
  const seen = ok(await t.gql(`query($id: ID!, $o: ID!) { opportunity(id: $id) { orders { totalCount edges { node { id totalAmount } } } }
    account(id: $o) { orders { edges { node { id orderNumber } } } } }`, { id: opp.id, o: elsewhere }, acme.tokens.manager));
  expect(seen.opportunity.orders.edges.map((e: any) => e.node)).toEqual([{ id: good.id, totalAmount: 200 }]);
  expect(seen.account.orders.edges.map((e: any) => e.node.id)).toEqual([good.id]);
});

test('a failure after the order insert rolls back the order, its lines and its outbox row', async () => {
  const before = await counts(t);
  orderFaults.afterInsert = () => {
    throw new Error('injected failure after insert');
  };
  try {
    const r = await place({ accountId, lines: [{ productId: cat.widget, quantity: 1 }] });
    expect(r.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  } finally {
    orderFaults.afterInsert = null;
  }
  expect(await counts(t)).toEqual(before);
});

test('status moves follow the allowed transitions; a draft notifies when activated', async () => {
  const d = ok(await place({ accountId, asDraft: true, lines: [{ productId: cat.widget, quantity: 2 }] })).placeOrder;
  expect(d.status).toBe('Draft');
  expect(d.notification).toBeNull();
  const move = (id: string, status: string, who = 'rep1') =>
    t.gql(`mutation($id: ID!, $s: String!) { changeOrderStatus(id: $id, status: $s) { status allowedStatuses notification { status } } }`, { id, s: status }, acme.tokens[who]);
  const bad = await move(d.id, 'Shipped');
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', allowed: ['Activated', 'Cancelled'] });
  expect(ok(await move(d.id, 'Activated')).changeOrderStatus).toEqual({ status: 'Activated', allowedStatuses: ['Shipped', 'Cancelled'], notification: { status: 'pending' } });
  expect((await move(d.id, 'Shipped', 'rep2')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(ok(await move(d.id, 'Shipped')).changeOrderStatus.allowedStatuses).toEqual([]);
  expect((await move(d.id, 'Cancelled')).errors?.[0].extensions?.field).toBe('status');
});

test('orders are scoped like owned records and filter by account and status', async () => {
  const q = `query($f: OrderFilter) { orders(filter: $f, first: 50) { totalCount edges { node { id status owner { id } account { name } notification { status } } } } }`;
  const mine = ok(await t.gql(q, { f: { accountId: { eq: accountId } } }, acme.tokens.rep1)).orders;
  expect(mine.totalCount).toBeGreaterThan(1);
  expect(ok(await t.gql(q, { f: { accountId: { eq: accountId } } }, acme.tokens.rep2)).orders.totalCount).toBe(0);
  expect(ok(await t.gql(q, { f: { accountId: { eq: accountId } } }, acme.tokens.manager)).orders.totalCount).toBe(mine.totalCount);
  expect(ok(await t.gql(q, {}, other.tokens.admin)).orders.totalCount).toBe(0);
  const shipped = ok(await t.gql(q, { f: { status: { eq: 'Shipped' } } }, acme.tokens.rep1)).orders;
  expect(shipped.edges.map((e: any) => e.node.status)).toEqual(['Shipped']);
  const one = mine.edges[0].node;
  expect((await t.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: one.id }, acme.tokens.rep2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

test('catalog writes are for admins; the customer-service address is an org setting', async () => {
  const r = await t.gql(`mutation { createProduct(input: { name: "X" }) { id } }`, {}, acme.tokens.rep1);
  expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const products = ok(await t.gql(`{ products(filter: { isActive: { eq: true } }) { edges { node { name productCode } } } }`, {}, acme.tokens.rep1)).products;
  expect(products.edges.map((e: any) => e.node.productCode).sort()).toEqual(['G-1', 'W-1']);
  expect((await t.gql(`mutation { updateOrderSettings(input: { customerServiceEmail: "cs@acme.test" }) { id } }`, {}, acme.tokens.rep1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(ok(await t.gql(`mutation { updateOrderSettings(input: { customerServiceEmail: "cs@acme.test" }) { customerServiceEmail } }`, {}, acme.tokens.admin)).updateOrderSettings)
    .toEqual({ customerServiceEmail: 'cs@acme.test' });
  const o = ok(await place({ accountId, lines: [{ productId: cat.widget, quantity: 1 }] })).placeOrder;
  expect(o.notification.to).toEqual(['cs@acme.test']);
});

test('statements per request do not grow with the number of accounts and orders', async () => {
  const q = `query($ids: [ID!]) { accounts(first: 20, filter: { id: { in: $ids } }) { edges { node { name
    orders(first: 10) { totalCount edges { node { orderNumber status notification { status } owner { name } items { totalCount edges { node { quantity product { name } } } } } } } } } } }`;
  const make = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = await account(t, acme.tokens.rep1, `Count ${n}-${i}`);
      for (let j = 0; j < 2; j++) ok(await place({ accountId: id, lines: [{ productId: cat.widget, quantity: 1 }, { productId: cat.gadget, quantity: 2 }] }));
      ids.push(id);
    }
    return ids;
  };
  const run = async (ids: string[]) => {
    const r = await t.gql(q, { ids }, acme.tokens.rep1);
    const accounts = ok(r).accounts.edges;
    expect(accounts).toHaveLength(ids.length);
    for (const a of accounts) {
      expect(a.node.orders.totalCount).toBe(2);
      expect(a.node.orders.edges[0].node).toMatchObject({ status: 'Activated', notification: { status: 'pending' }, items: { totalCount: 2 } });
    }
    return r.extensions!.sqlStatements!;
  };
  const one = await run(await make(1));
  const four = await run(await make(4));
  expect(four).toBe(one);
});
