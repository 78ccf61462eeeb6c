// A worker process for the crash tests: drains one batch, with an injected fault.
// OUTBOX_FAULT=after-write: writes the .eml, then dies before marking the row sent.
// OUTBOX_FAULT=before-write: dies after claiming, before writing anything.
import 'reflect-metadata';
import { createDataSource } from '../../src/db/data-source';
import { OutboxWorker } from '../../src/outbox/outbox-worker';
import { EmlFileTransport, type OutboxTransport } from '../../src/outbox/transport';

async function main() {
  const ds = createDataSource({ url: process.env.DATABASE_URL!, embedded: false, poolSize: 2 });
  await ds.initialize();
  const eml = new EmlFileTransport(process.env.OUTBOX_DIR!);
  const fault = process.env.OUTBOX_FAULT;
  const transport: OutboxTransport = {
    name: 'faulty',
    async send(msg) {
      if (fault === 'before-write') process.exit(1);
      await eml.send(msg);
      if (fault === 'after-write') process.exit(1);
    },
  };
  const worker = new OutboxWorker(ds, { transport, batchSize: Number(process.env.OUTBOX_BATCH ?? 1), leaseMs: Number(process.env.OUTBOX_LEASE_MS ?? 60_000) });
  const n = await worker.drainOnce();
  await ds.destroy();
  console.log(`drained ${n}`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(2);
});
