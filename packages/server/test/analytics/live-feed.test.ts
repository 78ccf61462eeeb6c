import { ChangeFeed, type NotificationSource, type RecordsChangedEvent } from '../../src/analytics/live/change-feed';

// The fan-out and coalescing of one server's ChangeFeed, with a hand-fed notification source.
const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function feed(coalesceMs: number) {
  let push!: (payload: string) => void;
  const source: NotificationSource = { start: async (cb) => void (push = cb), stop: async () => undefined };
  const f = new ChangeFeed(source, coalesceMs);
  return { f, push: (p: object | string) => push(typeof p === 'string' ? p : JSON.stringify(p)), ready: f.start() };
}

async function collect(it: AsyncIterable<RecordsChangedEvent>, into: RecordsChangedEvent[]) {
  for await (const e of it) into.push(e);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('notifications of one org and object within the window are one event; others are their own; other orgs and bad payloads are dropped', async () => {
  const { f, push, ready } = feed(80);
  await ready;
  const got: RecordsChangedEvent[] = [];
  const iterator = f.subscribe(ORG, ['Opportunity', 'Case'])[Symbol.asyncIterator]();
  void collect({ [Symbol.asyncIterator]: () => iterator }, got);
  for (let i = 0; i < 5; i++) push({ orgId: ORG, objectName: 'Opportunity' });
  push({ orgId: ORG, objectName: 'Case' });
  push({ orgId: ORG, objectName: 'Lead' }); // not asked for
  push({ orgId: OTHER, objectName: 'Opportunity' }); // another organisation
  push('not json');
  push({ orgId: 'x', objectName: 'Opportunity' });
  push({ orgId: ORG, objectName: 'Planet' });
  await sleep(200);
  expect(got.map((e) => e.objectName).sort()).toEqual(['Case', 'Opportunity']);
  // A later change is a new event.
  push({ orgId: ORG, objectName: 'Opportunity' });
  await sleep(200);
  expect(got.map((e) => e.objectName)).toHaveLength(3);
  expect(got[2].at).toBeInstanceOf(Date);
  await iterator.return?.();
  await f.stop();
});
