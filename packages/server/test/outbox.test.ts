import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutboxWorker } from '../src/outbox/outbox-worker';
import { EmlFileTransport, type OutboxTransport } from '../src/outbox/transport';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';
import { account, catalog, PLACE } from './orders-fixture';

let t: TestServer;
let acme: OrgFixture;
let cat: Awaited<ReturnType<typeof catalog>>;
let accountId: string;
let dir: string;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  cat = await catalog(t, acme);
  accountId = await account(t, acme.tokens.rep1, '주식회사 Outbox');
});
afterAll(() => t?.stop());
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 's6-outbox-'));
  // Each test sees only its own messages.
  await t.ds.query(`UPDATE outbox_message SET status = 'sent' WHERE status <> 'sent'`);
});

const placeOrder = async () => ok(await t.gql(PLACE, { i: { accountId, lines: [{ productId: cat.widget, quantity: 3 }] } }, acme.tokens.rep1)).placeOrder;
const rowOf = async (orderId: string) => (await t.ds.query(`SELECT id, status, attempts, "lastError", "nextAttemptAt" FROM outbox_message WHERE "recordId" = $1`, [orderId]))[0];
const emlFiles = () => fs.readdirSync(dir).filter((f) => f.endsWith('.eml'));

/** Fails its first `failures` sends, then writes .eml files. */
function flaky(failures: number): OutboxTransport & { calls: number } {
  const eml = new EmlFileTransport(dir);
  const tr = {
    name: 'flaky', calls: 0,
    async send(msg: Parameters<OutboxTransport['send']>[0]) {
      tr.calls++;
      if (tr.calls <= failures) throw new Error(`SMTP 421 try again (${tr.calls})`);
      await eml.send(msg);
    },
  };
  return tr;
}

test('a transport failing three times then recovering delivers the email exactly once, with back-off between tries', async () => {
  const order = await placeOrder();
  let now = Date.now() + 1_000;
  const transport = flaky(3);
  const worker = new OutboxWorker(t.ds, { transport, baseDelayMs: 1_000, now: () => new Date(now) });
  expect(await worker.drainOnce()).toBe(1);
  expect(await rowOf(order.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SMTP 421 try again (1)' });
  expect(new Date((await rowOf(order.id)).nextAttemptAt).getTime()).toBe(now + 1_000);
  expect(await worker.drainOnce()).toBe(0); // not due yet
  now += 1_000;
  expect(await worker.drainOnce()).toBe(1); // second failure: next in 2 s
  now += 1_999;
  expect(await worker.drainOnce()).toBe(0);
  now += 1;
  expect(await worker.drainOnce()).toBe(1); // third failure: next in 4 s
  now += 3_999;
  expect(await worker.drainOnce()).toBe(0);
  now += 1;
  expect(await worker.drainOnce()).toBe(1);
  expect(transport.calls).toBe(4);
  expect(await rowOf(order.id)).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
  const files = emlFiles();
  expect(files).toHaveLength(1);
  const eml = fs.readFileSync(path.join(dir, files[0]), 'utf8');
  expect(eml).toContain(`Message-ID: <${(await rowOf(order.id)).id}@outbox.crm.local>`);
  expect(eml).toMatch(/Subject: =\?UTF-8\?/); // the Korean account name is encoded
  expect(eml).toContain(order.orderNumber);
  const order2 = ok(await t.gql(`query($id: ID!) { order(id: $id) { notification { status attempts sentDate } } }`, { id: order.id }, acme.tokens.rep1)).order;
  expect(order2.notification).toMatchObject({ status: 'sent', attempts: 4 });
  expect(await worker.drainOnce()).toBe(0);
});

test('after maxAttempts failures the message is dead with its last error', async () => {
  const order = await placeOrder();
  let now = Date.now() + 1_000;
  const transport = flaky(Infinity);
  const worker = new OutboxWorker(t.ds, { transport, maxAttempts: 3, baseDelayMs: 10, now: () => new Date(now) });
  for (let i = 0; i < 6; i++) {
    await worker.drainOnce();
    now += 60_000;
  }
  expect(transport.calls).toBe(3);
  expect(await rowOf(order.id)).toMatchObject({ status: 'dead', attempts: 3, lastError: 'SMTP 421 try again (3)' });
  const seen = ok(await t.gql(`query($id: ID!) { order(id: $id) { notification { status lastError } } }`, { id: order.id }, acme.tokens.rep1)).order;
  expect(seen.notification).toEqual({ status: 'dead', lastError: 'SMTP 421 try again (3)' });
  expect(emlFiles()).toHaveLength(0);
});

test('two workers draining at once never send the same message twice', async () => {
  const orders = [];
  for (let i = 0; i < 12; i++) orders.push(await placeOrder());
  const sent: string[] = [];
  const counting = (): OutboxTransport => ({
    name: 'counting',
    async send(msg) {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(msg.id);
    },
  });
  const a = new OutboxWorker(t.ds, { transport: counting(), batchSize: 2 });
  const b = new OutboxWorker(t.ds, { transport: counting(), batchSize: 2 });
  const drain = async (w: OutboxWorker) => {
    let n = 0;
    while (await w.drainOnce()) n++;
    return n;
  };
  const [na, nb] = await Promise.all([drain(a), drain(b)]);
  expect(na + nb).toBeGreaterThanOrEqual(6);
  expect(sent).toHaveLength(12);
  expect(new Set(sent).size).toBe(12);
  const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM outbox_message WHERE "recordId" = ANY($1) AND status = 'sent' AND attempts = 1`, [orders.map((o) => o.id)]);
  expect(n).toBe(12);
});

test('the worker started with the server sends a placed order promptly', async () => {
  const worker = new OutboxWorker(t.ds, { transport: new EmlFileTransport(dir), pollMs: 5_000 }).start();
  try {
    const order = await placeOrder();
    // No poll is due for 5 s: the commit's signal wakes the worker.
    for (let i = 0; i < 40 && (await rowOf(order.id)).status !== 'sent'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await rowOf(order.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(emlFiles()).toEqual([`${(await rowOf(order.id)).id}.eml`]);
  } finally {
    await worker.stop();
  }
});

const onPostgres = !!(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
// The crash test runs the worker in child processes, which need a database they can connect to.
(onPostgres ? test : test.skip)('a worker killed between writing the email and marking it sent, and one killed before writing, deliver exactly one email per order after a restart', async () => {
  const a = await placeOrder();
  const b = await placeOrder();
  const url = (t.ds.options as { url: string }).url;
  const child = (fault: string) => spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'support/outbox-child.ts')], {
    cwd: path.join(__dirname, '..'), env: { ...process.env, DATABASE_URL: url, OUTBOX_DIR: dir, OUTBOX_FAULT: fault, OUTBOX_BATCH: '1', LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000,
  });
  const first = child('after-write');
  expect(first.status).toBe(1);
  const rowA = await rowOf(a.id);
  expect(rowA).toMatchObject({ status: 'sending', attempts: 1 });
  expect(emlFiles()).toEqual([`${rowA.id}.eml`]);
  const second = child('before-write');
  expect(second.status).toBe(1);
  const rowB = await rowOf(b.id);
  expect(rowB).toMatchObject({ status: 'sending', attempts: 1 });
  expect(emlFiles()).toHaveLength(1);
  // A restarted worker takes both rows once their leases have expired.
  const restarted = new OutboxWorker(t.ds, { transport: new EmlFileTransport(dir), now: () => new Date(Date.now() + 120_000) });
  expect(await restarted.drainOnce()).toBe(2);
  expect(await rowOf(a.id)).toMatchObject({ status: 'sent', attempts: 2 });
  expect(await rowOf(b.id)).toMatchObject({ status: 'sent', attempts: 2 });
  expect(emlFiles().sort()).toEqual([`${rowA.id}.eml`, `${rowB.id}.eml`].sort());
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(fs.readFileSync(path.join(dir, `${rowA.id}.eml`), 'utf8')).toContain(a.orderNumber);
  expect(fs.readFileSync(path.join(dir, `${rowB.id}.eml`), 'utf8')).toContain(b.orderNumber);
}, 120_000);
