import { fitHoltWinters, forecastHoltWinters, smooth, initialState } from '../../src/analytics/service-forecast/holt-winters';
import { fitSeasonalNaive, forecastSeasonalNaive } from '../../src/analytics/service-forecast/seasonal-naive';
import { backtest, chooseMethod, mape } from '../../src/analytics/service-forecast/backtest';
import { agentsNeeded, averageSpeedOfAnswer, erlangC, serviceLevel } from '../../src/analytics/service-forecast/erlang-c';
import { applySpikes, spikeFactor } from '../../src/analytics/service-forecast/spikes';
import { nelderMead } from '../../src/analytics/service-forecast/nelder-mead';

/** Deterministic uniform noise (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEASON = [12, 6, 0, -4, -8, 18, -24]; // sums to 0
const truth = (t: number) => 100 + 0.5 * t + SEASON[t % 7];

describe('Holt-Winters (additive, m = 7)', () => {
  const n = 140;
  const r = rng(7);
  const y = Array.from({ length: n }, (_, t) => truth(t) + (r() - 0.5) * 4); // noise ±2

  test('on an exact level + trend + season it forecasts the continuation exactly', () => {
    const exact = Array.from({ length: 56 }, (_, t) => truth(t));
    const fit = fitHoltWinters(exact);
    expect(fit.sse).toBeLessThan(1e-12);
    forecastHoltWinters(fit, 14).forEach((p, h) => expect(p.value).toBeCloseTo(truth(56 + h), 6));
  });

  test('recovers level, trend and season of a noisy synthetic series within tolerance', () => {
    const fit = fitHoltWinters(y);
    expect(fit.state.trend).toBeGreaterThan(0.4);
    expect(fit.state.trend).toBeLessThan(0.6);
    const meanSeason = fit.state.season.reduce((a, b) => a + b, 0) / 7;
    // Level at the last observation (t = n - 1) and the season centred on zero.
    expect(fit.state.level + meanSeason).toBeGreaterThan(100 + 0.5 * (n - 1) - 2.5);
    expect(fit.state.level + meanSeason).toBeLessThan(100 + 0.5 * (n - 1) + 2.5);
    fit.state.season.forEach((s, i) => expect(Math.abs(s - meanSeason - SEASON[i])).toBeLessThan(2.5));
    // The noise is uniform ±2 (σ ≈ 1.15): the one-step errors are about that.
    expect(fit.sigma).toBeGreaterThan(0.8);
    expect(fit.sigma).toBeLessThan(2);
    const f = forecastHoltWinters(fit, 28);
    f.forEach((p, h) => {
      expect(Math.abs(p.value - truth(n + h))).toBeLessThan(4);
      expect(p.lower).toBeLessThan(p.value);
      expect(p.upper).toBeGreaterThan(p.value);
    });
    // The interval widens with the horizon.
    expect(f[27].upper - f[27].lower).toBeGreaterThan(f[0].upper - f[0].lower);
  });

  test('the fitted parameters minimise the SSE: no grid point nearby does better', () => {
    const fit = fitHoltWinters(y);
    const start = initialState(y, 7);
    const sse = (a: number, b: number, g: number) => smooth(y, 7, { alpha: a, beta: b, gamma: g }, start).errors.slice(7).reduce((s, e) => s + e * e, 0);
    expect(sse(fit.params.alpha, fit.params.beta, fit.params.gamma)).toBeCloseTo(fit.sse, 6);
    for (const d of [-0.03, 0.03]) {
      expect(sse(Math.min(1, Math.max(0, fit.params.alpha + d)), fit.params.beta, fit.params.gamma)).toBeGreaterThanOrEqual(fit.sse - 1e-6);
      expect(sse(fit.params.alpha, fit.params.beta, Math.min(1, Math.max(0, fit.params.gamma + d)))).toBeGreaterThanOrEqual(fit.sse - 1e-6);
    }
  });

  test('one recursion step by hand', () => {
    // m = 2, start level 10, trend 1, season [2, -2]; y0 = 14: forecast 10 + 1 + 2 = 13, e = 1.
    const { state, errors } = smooth([14], 2, { alpha: 0.5, beta: 0.2, gamma: 0.3 }, { level: 10, trend: 1, season: [2, -2] });
    expect(errors).toEqual([1]);
    expect(state.level).toBeCloseTo(11.5); // 10 + 1 + 0.5·1
    expect(state.trend).toBeCloseTo(1.1); // 1 + 0.5·0.2·1
    expect(state.season).toEqual([2.3, -2]); // 2 + 0.3·1
  });

  test('needs two seasons', () => {
    expect(() => fitHoltWinters([1, 2, 3, 4, 5, 6, 7, 8])).toThrow(/14/);
  });

  test('Nelder-Mead finds the minimum of a quadratic bowl', () => {
    const r2 = nelderMead((x) => (x[0] - 0.3) ** 2 + 2 * (x[1] + 0.7) ** 2, [0, 0], { maxIterations: 500 });
    expect(r2.x[0]).toBeCloseTo(0.3, 3);
    expect(r2.x[1]).toBeCloseTo(-0.7, 3);
  });
});

describe('seasonal naive', () => {
  test('repeats the same weekday of the last week, with a widening interval', () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 11, 2, 3, 4, 5, 6, 9];
    const fit = fitSeasonalNaive(y);
    // Seasonal differences: 10, 0, 0, 0, 0, 0, 2 → σ = √(104 / 7).
    expect(fit.sigma).toBeCloseTo(Math.sqrt(104 / 7), 10);
    const f = forecastSeasonalNaive(fit, 9);
    expect(f.map((p) => p.value)).toEqual([11, 2, 3, 4, 5, 6, 9, 11, 2]);
    expect(f[0].upper - f[0].value).toBeCloseTo(1.96 * fit.sigma);
    expect(f[7].upper - f[7].value).toBeCloseTo(1.96 * fit.sigma * Math.SQRT2);
  });
});

describe('MAPE and the backtest', () => {
  test('MAPE by hand, zero actuals left out', () => {
    // |10-8|/10 = 0.2, |20-25|/20 = 0.25, day 3 actual 0 ignored, |5-5|/5 = 0 → (0.2+0.25+0)/3 = 15 %.
    expect(mape([10, 20, 0, 5], [8, 25, 3, 5])).toBeCloseTo(15, 10);
    expect(mape([0, 0], [1, 2])).toBeNull();
  });

  test('seasonal naive backtest by hand', () => {
    // Train: two weeks of 1..7; holdout week: 2,2,3,4,5,6,14 vs forecast 1..7.
    const y = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 2, 2, 3, 4, 5, 6, 14];
    // Errors: |2-1|/2 = .5, then 0 × 5, |14-7|/14 = .5 → 100/7 %.
    expect(backtest('SEASONAL_NAIVE', y, 7)).toBeCloseTo(100 / 7, 10);
  });

  test('AUTO chooses Holt-Winters on a trending seasonal series, seasonal naive on a repeating week', () => {
    const trending = Array.from({ length: 84 }, (_, t) => truth(t) * 1 + 2 * t);
    const a = chooseMethod(trending, 28);
    expect(a.method).toBe('HOLT_WINTERS');
    expect(a.mapes.HOLT_WINTERS!).toBeLessThan(a.mapes.SEASONAL_NAIVE!);
    expect(a.reason).toMatch(/lower backtest error/);
    expect(a.rule).toBe('LOWER_BACKTEST_ERROR');
    const flat = Array.from({ length: 84 }, (_, t) => 50 + SEASON[t % 7]);
    const b = chooseMethod(flat, 28);
    expect(b.method).toBe('SEASONAL_NAIVE'); // both 0 %: the tie goes to the baseline
    expect(b.mape).toBe(0);
    expect(b.rule).toBe('BASELINE_NOT_BEATEN');
    expect(chooseMethod([0, 0, 0, 0, 0, 0, 0, 0], 7)).toMatchObject({ method: 'SEASONAL_NAIVE', rule: 'SHORT_HISTORY' });
    expect(chooseMethod(Array(28).fill(0), 7)).toMatchObject({ method: 'SEASONAL_NAIVE', rule: 'NOT_MEASURABLE', mape: null });
    expect(chooseMethod(trending, 28, 'SEASONAL_NAIVE')).toMatchObject({ method: 'SEASONAL_NAIVE', mape: a.mapes.SEASONAL_NAIVE });
  });
});

describe('Erlang C', () => {
  // Worked example: Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
  // (callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes, average
  // handle time 180 s, target 80 % answered in 20 s. Traffic A = 100 × 180 / 1800 = 10 Erlangs.
  // With 11 agents: P(wait) = 68.21 %, service level = 38.96 %, ASA = 122.8 s; 14 agents are
  // the first to reach 80 % (88.84 %), occupancy 71.4 %.
  test('the published worked example', () => {
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    expect(serviceLevel(11, 10, 180, 20)).toBeCloseTo(0.3896, 4);
    expect(averageSpeedOfAnswer(11, 10, 180)).toBeCloseTo(122.8, 1);
    expect(serviceLevel(13, 10, 180, 20)).toBeLessThan(0.8);
    const s = agentsNeeded(100, 1800, 180, 0.8, 20);
    expect(s.agents).toBe(14);
    expect(s.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(s.occupancy).toBeCloseTo(10 / 14, 10);
    expect(s.traffic).toBe(10);
  });

  test('the recursion agrees with the factorial formula', () => {
    const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
    const direct = (n: number, a: number) => {
      const top = (a ** n / fact(n)) * (n / (n - a));
      let sum = 0;
      for (let k = 0; k < n; k++) sum += a ** k / fact(k);
      return top / (sum + top);
    };
    for (const [n, a] of [[3, 2], [7, 5.5], [20, 17.2]]) expect(erlangC(n, a)).toBeCloseTo(direct(n, a), 10);
  });

  test('edge cases: no traffic needs no agent; too few agents never meet the target', () => {
    expect(agentsNeeded(0, 28800, 300, 0.8, 20)).toMatchObject({ agents: 0, serviceLevel: 1, occupancy: 0 });
    expect(erlangC(5, 5)).toBe(1);
    expect(serviceLevel(5, 6, 180, 20)).toBe(0);
    // A long answer target (email: 1 hour) needs fewer agents than 20 s for the same load.
    expect(agentsNeeded(400, 28800, 600, 0.8, 3600).agents).toBeLessThan(agentsNeeded(400, 28800, 600, 0.8, 20).agents);
  });
});

describe('spikes', () => {
  const spikes = [
    { from: '2026-03-02', to: '2026-03-04', factor: 1.4 },
    { from: '2026-03-04', to: '2026-03-05', channel: 'Phone', factor: 2 },
  ];
  test('factors multiply where spikes overlap, and a channel spike leaves other channels alone', () => {
    expect(spikeFactor(spikes, 'Phone', '2026-03-01')).toBe(1);
    expect(spikeFactor(spikes, 'Phone', '2026-03-02')).toBe(1.4);
    expect(spikeFactor(spikes, 'Phone', '2026-03-04')).toBeCloseTo(2.8);
    expect(spikeFactor(spikes, 'Email', '2026-03-04')).toBe(1.4);
    expect(spikeFactor(spikes, 'Email', '2026-03-05')).toBe(1);
    const pts = applySpikes([{ date: '2026-03-03', volume: 10 }, { date: '2026-03-05', volume: 10 }], spikes, 'Phone');
    expect(pts.map((p) => p.adjustedVolume)).toEqual([14, 20]);
  });
});
