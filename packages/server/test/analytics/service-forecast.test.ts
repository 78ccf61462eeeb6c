import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from '../harness';

// The analytics "today" is fixed so that the hand-made days below stay where they are.
const TODAY = '2026-03-01';
let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
let seq = 0;

beforeAll(async () => {
  process.env.CRM_TODAY = TODAY;
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
}, 60_000);
afterAll(async () => {
  delete process.env.CRM_TODAY;
  await t?.stop();
});

async function insertCase(org: OrgFixture, origin: string | null, createdAt: string, ownerId: string | null): Promise<string> {
  const rows = await t.ds.query(
    `INSERT INTO "case" ("orgId", "ownerId", "caseNumber", status, origin, "createdDate") VALUES ($1, $2, $3, 'New', $4, $5) RETURNING id`,
    [org.org.id, ownerId, `SF-${++seq}`, origin, createdAt],
  );
  return rows[0].id;
}
async function insertTask(org: OrgFixture, caseId: string, subtype: string, seconds: number | null) {
  await t.ds.query(
    `INSERT INTO task ("orgId", "ownerId", status, "taskSubtype", "callDurationInSeconds", "caseId") VALUES ($1, $2, 'Completed', $3, $4, $5)`,
    [org.org.id, org.users.agent.id, subtype, seconds, caseId],
  );
}

const QUERY = `query($i: ServiceForecastInput) { serviceForecast(input: $i) {
  asOfDate historyFrom backtestDays serviceLevelTarget workingHoursPerDay
  channels { channel method methodRule methodReason mape holtWintersMape seasonalNaiveMape alpha beta gamma historyTotal
    history { date volume } forecast { date volume lower upper spikeFactor adjustedVolume }
    averageHandleTimeSeconds handleTimeSource handleTimeSampleSize targetAnswerSeconds
    staffing { date agentsNeeded trafficErlangs serviceLevel probabilityOfWaiting occupancy } } } }`;
const run = (who: string, i: Record<string, unknown> | null, org = acme) => t.gql(QUERY, { i }, org.tokens[who]);
const forecast = async (who: string, i: Record<string, unknown>, org = acme) => ok(await run(who, i, org)).serviceForecast;
const nonZero = (h: Array<{ date: string; volume: number }>) => Object.fromEntries(h.filter((p) => p.volume > 0).map((p) => [p.date, p.volume]));

describe('a hand-made case history', () => {
  beforeAll(async () => {
    const u = acme.users;
    const a = await insertCase(acme, 'Phone', '2026-02-27T09:00:00Z', u.rep1.id);
    await insertTask(acme, a, 'Call', 300);
    await insertTask(acme, a, 'Call', 200);
    await insertTask(acme, a, 'Email', null); // not a call: no handle time
    await insertCase(acme, 'Phone', '2026-02-27T12:00:00Z', u.rep2.id);
    await insertCase(acme, 'Phone', '2026-02-27T23:59:00Z', null); // in the Phone queue
    const b = await insertCase(acme, 'Phone', '2026-02-28T23:30:00Z', u.rep1.id);
    await insertTask(acme, b, 'Call', 100);
    await insertTask(acme, b, 'Call', null); // a call without a duration counts nothing
    await insertCase(acme, 'Phone', '2026-03-01T00:10:00Z', u.rep1.id); // today: not history
    await insertCase(acme, 'Phone', '2026-02-01T00:00:00Z', u.admin.id); // first day of a 28-day window
    await insertCase(acme, 'Phone', '2026-02-01T08:00:00Z', u.admin.id);
    await insertCase(acme, 'Phone', '2026-01-31T23:59:59Z', u.admin.id); // the day before the window
    await insertCase(acme, 'Email', '2026-02-15T10:00:00Z', u.agent.id);
    await insertCase(acme, null, '2026-02-20T10:00:00Z', u.admin.id); // no channel
    await insertCase(other, 'Phone', '2026-02-27T10:00:00Z', other.users.admin.id); // another organisation
  });

  const INPUT = { historyDays: 28, historyPoints: 28, backtestDays: 7, method: 'SEASONAL_NAIVE', horizonDays: 7 };

  test('daily counts per channel with zero days, the window and the org respected', async () => {
    const f = await forecast('admin', INPUT);
    expect(f).toMatchObject({ asOfDate: TODAY, historyFrom: '2026-02-01', backtestDays: 7, serviceLevelTarget: 0.8, workingHoursPerDay: 8 });
    expect(f.channels.map((c: { channel: string }) => c.channel)).toEqual(['Phone', 'Email', 'Web', 'Chat', 'Social']);
    const [phone, email, web] = f.channels;
    expect(phone.history).toHaveLength(28);
    expect(phone.history[0]).toEqual({ date: '2026-02-01', volume: 2 });
    expect(phone.history[27].date).toBe('2026-02-28');
    expect(nonZero(phone.history)).toEqual({ '2026-02-01': 2, '2026-02-27': 3, '2026-02-28': 1 });
    expect(phone.historyTotal).toBe(6);
    expect(nonZero(email.history)).toEqual({ '2026-02-15': 1 });
    expect(web.historyTotal).toBe(0);
    // Handle time: (300 + 200) on one case, 100 on the other → 600 / 2 cases.
    expect(phone).toMatchObject({ averageHandleTimeSeconds: 300, handleTimeSource: 'CALL_DURATIONS', handleTimeSampleSize: 2, targetAnswerSeconds: 20 });
    expect(email).toMatchObject({ averageHandleTimeSeconds: 480, handleTimeSource: 'DEFAULT', handleTimeSampleSize: 0, targetAnswerSeconds: 3600 });
  });

  test('seasonal naive forecast, backtest MAPE and Erlang C staffing by hand', async () => {
    const [phone, email] = (await forecast('admin', INPUT)).channels;
    // Last week of history (02-22 .. 02-28) = 0 0 0 0 0 3 1, repeated from today (03-01).
    expect(phone.method).toBe('SEASONAL_NAIVE');
    expect(phone.forecast.map((p: { date: string }) => p.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']);
    expect(phone.forecast.map((p: { volume: number }) => p.volume)).toEqual([0, 0, 0, 0, 0, 3, 1]);
    expect(phone.forecast.every((p: { spikeFactor: number; adjustedVolume: number; volume: number }) => p.spikeFactor === 1 && p.adjustedVolume === p.volume)).toBe(true);
    // Holdout 02-22..02-28 = 0 0 0 0 0 3 1 against the week before (all 0): |3-0|/3 and |1-0|/1 → 100 %.
    expect(phone.seasonalNaiveMape).toBeCloseTo(100, 10);
    expect(phone.mape).toBeCloseTo(100, 10);
    expect(email.seasonalNaiveMape).toBeNull(); // no non-zero day in its holdout
    expect(phone.methodRule).toBe('REQUESTED');
    const auto = (await forecast('admin', { ...INPUT, method: 'AUTO' })).channels;
    // Email: one case, not in the holdout → nothing to measure; Web: no case at all.
    expect(auto[1]).toMatchObject({ method: 'SEASONAL_NAIVE', methodRule: 'NOT_MEASURABLE', mape: null });
    expect(auto[2]).toMatchObject({ method: 'SEASONAL_NAIVE', methodRule: 'NOT_MEASURABLE' });
    // 03-06: 3 cases over 8 h at 300 s → A = 3 / 28800 × 300 = 0.03125 Erlang. One agent:
    // P(wait) = A = 0.03125, SL = 1 − 0.03125·e^{−(1 − 0.03125)·20/300} = 0.970704.
    const d = phone.staffing[5];
    expect(d.date).toBe('2026-03-06');
    expect(d.agentsNeeded).toBe(1);
    expect(d.trafficErlangs).toBeCloseTo(0.03125, 10);
    expect(d.probabilityOfWaiting).toBeCloseTo(0.03125, 10);
    expect(d.serviceLevel).toBeCloseTo(0.970704, 5);
    expect(d.occupancy).toBeCloseTo(0.03125, 10);
    expect(phone.staffing[0]).toMatchObject({ agentsNeeded: 0, occupancy: 0, serviceLevel: 1 });
  });

  test('a planned spike multiplies its days and channel, and raises the agents needed', async () => {
    const spikes = [{ from: '2026-03-06', to: '2026-03-07', channel: 'Phone', factor: 10 }, { from: '2026-03-07', to: '2026-03-20', factor: 1.5 }];
    const [phone, email] = (await forecast('admin', { ...INPUT, spikes })).channels;
    expect(phone.forecast.map((p: { adjustedVolume: number }) => p.adjustedVolume)).toEqual([0, 0, 0, 0, 0, 30, 15]);
    expect(phone.forecast[6].spikeFactor).toBe(15);
    expect(phone.forecast[5].volume).toBe(3); // the unadjusted forecast stays
    expect(email.forecast.map((p: { spikeFactor: number }) => p.spikeFactor)).toEqual([1, 1, 1, 1, 1, 1, 1.5]);
    // 30 cases: A = 0.3125. One agent reaches 1 − 0.3125·e^{−0.6875/15} = 0.7015 < 0.8; two agents:
    // B(2) = 0.035868, C = 0.042230, SL = 1 − 0.042230·e^{−1.6875/15} = 0.962263.
    expect(phone.staffing[5]).toMatchObject({ agentsNeeded: 2 });
    expect(phone.staffing[5].probabilityOfWaiting).toBeCloseTo(0.04223, 4);
    expect(phone.staffing[5].serviceLevel).toBeCloseTo(0.962263, 4);
    expect(phone.staffing[5].occupancy).toBeCloseTo(0.15625, 10);
  });

  test('visibility: a manager sees the team, a rep their own, an agent own and queued cases', async () => {
    const phoneOf = async (who: string) => (await forecast(who, { ...INPUT, channel: 'Phone' })).channels;
    const manager = await phoneOf('manager');
    expect(manager).toHaveLength(1);
    expect(nonZero(manager[0].history)).toEqual({ '2026-02-27': 2, '2026-02-28': 1 });
    expect(nonZero((await phoneOf('rep1'))[0].history)).toEqual({ '2026-02-27': 1, '2026-02-28': 1 });
    expect((await phoneOf('rep3'))[0].historyTotal).toBe(0);
    expect(nonZero((await phoneOf('agent'))[0].history)).toEqual({ '2026-02-27': 1 });
    expect((await phoneOf('exec'))[0].historyTotal).toBe(6);
    const agentEmail = (await forecast('agent', { ...INPUT, channel: 'email' })).channels[0];
    expect(agentEmail).toMatchObject({ channel: 'Email', historyTotal: 1 });
    // The other organisation sees its one case only.
    expect(nonZero((await forecast('admin', { ...INPUT, channel: 'Phone' }, other)).channels[0].history)).toEqual({ '2026-02-27': 1 });
  });

  test('bad input is BAD_USER_INPUT naming the field; injection in the channel is refused', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ horizonDays: 0 }, 'horizonDays'],
      [{ horizonDays: 91 }, 'horizonDays'],
      [{ channel: "Phone' OR 1=1 --" }, 'channel'],
      [{ serviceLevelTarget: 1.5 }, 'serviceLevelTarget'],
      [{ workingHoursPerDay: 0 }, 'workingHoursPerDay'],
      [{ targetAnswerSeconds: 0 }, 'targetAnswerSeconds'],
      [{ historyDays: 10 }, 'historyDays'],
      [{ historyDays: 28, backtestDays: 20 }, 'backtestDays'],
      [{ spikes: [{ from: '2026-03-05', to: '2026-03-01', factor: 1.2 }] }, 'spikes.0.to'],
      [{ spikes: [{ from: '2026-03-01', to: '2026-03-05', factor: 1.2 }, { from: '2026-03-01', to: '2026-03-05', factor: 0 }] }, 'spikes.1.factor'],
      [{ spikes: [{ from: '2026-03-01', to: '2026-03-05', factor: 1.2, channel: 'Fax' }] }, 'spikes.0.channel'],
    ];
    for (const [i, field] of cases) {
      const r = await run('admin', i);
      expect([r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect((await t.gql(QUERY, { i: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a randomised history', () => {
  let rand = 12345;
  const next = () => ((rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648);
  const ORIGINS = ['Phone', 'Email', 'Web', 'Chat', 'Social', null, 'Fax'];

  beforeAll(async () => {
    const owners = [acme.users.rep1.id, acme.users.rep2.id, acme.users.rep3.id, acme.users.manager.id, acme.users.agent.id, null];
    const base = Date.parse('2025-10-01T00:00:00Z');
    const span = Date.parse('2026-03-02T00:00:00Z') - base;
    const rows: Array<[string | null, string, string | null, number | null]> = [];
    for (let i = 0; i < 1500; i++) {
      const at = new Date(base + Math.floor(next() * span));
      const dow = at.getUTCDay();
      if ((dow === 0 || dow === 6) && next() < 0.6) continue; // fewer cases at weekends: a weekly season
      rows.push([ORIGINS[Math.floor(next() * ORIGINS.length)], at.toISOString(), owners[Math.floor(next() * owners.length)], next() < 0.4 ? 30 + Math.floor(next() * 900) : null]);
    }
    const ids: Array<{ id: string }> = await t.ds.query(
      `INSERT INTO "case" ("orgId", "ownerId", "caseNumber", status, origin, "createdDate")
       SELECT $1, r.owner, 'R-' || r.n, 'New', r.origin, r.at FROM unnest($2::text[], $3::timestamptz[], $4::uuid[]) WITH ORDINALITY AS r(origin, at, owner, n) ORDER BY r.n RETURNING id`,
      [acme.org.id, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
    const calls = rows.map((r, i) => [ids[i].id, r[3]] as const).filter((c) => c[1] != null);
    await t.ds.query(
      `INSERT INTO task ("orgId", "ownerId", status, "taskSubtype", "callDurationInSeconds", "caseId") SELECT $1, $2, 'Completed', 'Call', s, c FROM unnest($3::uuid[], $4::int[]) AS x(c, s)`,
      [acme.org.id, acme.users.agent.id, calls.map((c) => c[0]), calls.map((c) => c[1])],
    );
  });

  /** The same numbers by a plain independent query: one count per channel and day, the rule for each role written out. */
  async function plain(visible: string, params: unknown[]) {
    const rows: Array<{ origin: string; day: string; n: number }> = await t.ds.query(
      `SELECT origin, to_char(("createdDate" AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM "case" c
       WHERE "orgId" = $1 AND "createdDate" >= '2025-11-13T00:00:00Z' AND "createdDate" < '2026-03-01T00:00:00Z' AND ${visible}
       GROUP BY 1, 2`,
      [acme.org.id, ...params],
    );
    const aht: Array<{ origin: string; s: number; n: number }> = await t.ds.query(
      `SELECT c.origin, sum(x.s)::float8 AS s, count(*)::int AS n FROM "case" c
       JOIN (SELECT "caseId", sum("callDurationInSeconds") AS s FROM task WHERE "taskSubtype" = 'Call' AND "callDurationInSeconds" > 0 GROUP BY 1) x ON x."caseId" = c.id
       WHERE c."orgId" = $1 AND c."createdDate" >= '2025-11-13T00:00:00Z' AND c."createdDate" < '2026-03-01T00:00:00Z' AND ${visible}
       GROUP BY 1`,
      [acme.org.id, ...params],
    );
    return { rows, aht };
  }

  test.each([
    ['admin', 'true', []],
    ['rep1', 'c."ownerId" = $2', ['rep1']],
    ['manager', 'c."ownerId" IN ($2, $3, $4)', ['manager', 'rep1', 'rep2']],
    ['agent', '(c."ownerId" = $2 OR c."ownerId" IS NULL)', ['agent']],
  ])('%s: every channel and day equals the plain SQL count; AUTO picks the lower MAPE', async (who, visible, keys) => {
    const r = await run(who, { historyDays: 108, historyPoints: 108, horizonDays: 30 });
    const f = ok(r).serviceForecast;
    // One statement for the history, whatever the rows (plus the session check).
    expect(r.extensions?.sqlStatements).toBeLessThanOrEqual(2);
    const expected = await plain(visible as string, (keys as string[]).map((k) => acme.users[k].id));
    for (const ch of f.channels) {
      expect(ch.history).toHaveLength(108);
      const want: Record<string, number> = {};
      for (const row of expected.rows) if (row.origin === ch.channel) want[row.day] = row.n;
      expect(nonZero(ch.history)).toEqual(want);
      const a = expected.aht.find((x) => x.origin === ch.channel);
      if (a) expect(ch).toMatchObject({ handleTimeSource: 'CALL_DURATIONS', handleTimeSampleSize: a.n, averageHandleTimeSeconds: expect.closeTo(a.s / a.n, 6) });
      else expect(ch.handleTimeSource).toBe('DEFAULT');
      expect(ch.forecast).toHaveLength(30);
      expect(ch.staffing).toHaveLength(30);
      expect(ch.forecast.every((p: { volume: number }) => p.volume >= 0)).toBe(true);
      if (ch.holtWintersMape != null && ch.seasonalNaiveMape != null) {
        expect(ch.method).toBe(ch.holtWintersMape < ch.seasonalNaiveMape ? 'HOLT_WINTERS' : 'SEASONAL_NAIVE');
        expect(ch.methodRule).toBe(ch.method === 'HOLT_WINTERS' ? 'LOWER_BACKTEST_ERROR' : 'BASELINE_NOT_BEATEN');
        expect(ch.mape).toBe(ch.method === 'HOLT_WINTERS' ? ch.holtWintersMape : ch.seasonalNaiveMape);
      }
      expect(ch.methodReason).toMatch(/Backtest MAPE over the last 28 days/);
      expect(ch.alpha == null).toBe(ch.method !== 'HOLT_WINTERS');
    }
  });
});

describe('a perfectly weekly history', () => {
  // Chat cases per weekday, Sunday first; 8 weeks ending yesterday (2026-02-28, a Saturday).
  const WEEK = [1, 6, 5, 4, 5, 7, 2];
  let weekly: OrgFixture;
  beforeAll(async () => {
    weekly = await createOrg(t, 'Weekly');
    const at: string[] = [];
    for (let d = 0; d < 56; d++) {
      const day = new Date(Date.parse('2026-01-04T00:00:00Z') + d * 86_400_000); // a Sunday
      for (let k = 0; k < WEEK[day.getUTCDay()]; k++) at.push(new Date(day.getTime() + (k + 8) * 3_600_000).toISOString());
    }
    await t.ds.query(
      `INSERT INTO "case" ("orgId", "ownerId", "caseNumber", status, origin, "createdDate")
       SELECT $1, $2, 'W-' || n, 'New', 'Chat', a FROM unnest($3::timestamptz[]) WITH ORDINALITY AS x(a, n)`,
      [weekly.org.id, weekly.users.admin.id, at],
    );
  });

  test('both methods forecast the week itself; Holt-Winters returns its fitted parameters', async () => {
    const i = { historyDays: 56, historyPoints: 14, backtestDays: 14, horizonDays: 14, channel: 'Chat' };
    const expected = Array.from({ length: 14 }, (_, d) => WEEK[(new Date(Date.parse('2026-03-01T00:00:00Z') + d * 86_400_000)).getUTCDay()]);
    const sn = (await forecast('admin', { ...i, method: 'SEASONAL_NAIVE' }, weekly)).channels[0];
    expect(sn.history.map((p: { volume: number }) => p.volume)).toEqual([...WEEK, ...WEEK]);
    expect(sn.forecast.map((p: { volume: number }) => p.volume)).toEqual(expected);
    expect(sn.seasonalNaiveMape).toBe(0);
    const hw = (await forecast('admin', { ...i, method: 'HOLT_WINTERS' }, weekly)).channels[0];
    expect(hw.method).toBe('HOLT_WINTERS');
    hw.forecast.forEach((p: { volume: number }, d: number) => expect(p.volume).toBeCloseTo(expected[d], 3));
    for (const k of ['alpha', 'beta', 'gamma']) {
      expect(hw[k]).toBeGreaterThanOrEqual(0);
      expect(hw[k]).toBeLessThanOrEqual(1);
    }
    expect(hw.holtWintersMape).toBeLessThan(0.01);
    // AUTO: Holt-Winters cannot beat a perfect baseline, so the baseline stays.
    const auto = (await forecast('admin', i, weekly)).channels[0];
    expect(auto).toMatchObject({ method: 'SEASONAL_NAIVE', methodRule: 'BASELINE_NOT_BEATEN', mape: 0, handleTimeSource: 'DEFAULT', averageHandleTimeSeconds: 420 });
  });
});
