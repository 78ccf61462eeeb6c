/**
 * Additive Holt-Winters (triple exponential smoothing, error-correction form of Hyndman &
 * Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., §8.3) with a season of `m` days.
 * Additive, not multiplicative: daily case counts have zero days, which a multiplicative season
 * cannot divide by. Pure functions, no I/O.
 */
import { nelderMead } from './nelder-mead';

export interface HoltWintersParams {
  /** Level smoothing, 0..1. */
  alpha: number;
  /** Trend smoothing (of the level's change), 0..1. */
  beta: number;
  /** Seasonal smoothing, 0..1. */
  gamma: number;
}

export interface HoltWintersState {
  level: number;
  trend: number;
  /** Seasonal offsets by position in the season; season[i] is the offset of the day t with t mod m = i. */
  season: number[];
}

export interface HoltWintersFit {
  params: HoltWintersParams;
  /** Sum of squared one-step-ahead errors over the series (after the first season). */
  sse: number;
  /** Standard deviation of those one-step errors. */
  sigma: number;
  /** State after the last observation. */
  state: HoltWintersState;
  /** Number of observations fitted. */
  n: number;
  m: number;
}

/** Classical start: level and trend from the first two seasons' means, season from both seasons' deviations. */
export function initialState(y: readonly number[], m: number): HoltWintersState {
  if (y.length < 2 * m) throw new Error(`Holt-Winters needs at least ${2 * m} observations`);
  const mean = (from: number) => y.slice(from, from + m).reduce((a, b) => a + b, 0) / m;
  const m0 = mean(0);
  const m1 = mean(m);
  const trend = (m1 - m0) / m;
  const season = Array.from({ length: m }, (_, i) => ((y[i] - m0) + (y[i + m] - m1)) / 2 - (i - (m - 1) / 2) * trend);
  // The first season's mean sits at time (m-1)/2; the state is "just before t = 0".
  return { level: m0 - trend * ((m - 1) / 2 + 1), trend, season };
}

/** Runs the recursions over `y`; returns the final state and the one-step errors. */
export function smooth(y: readonly number[], m: number, p: HoltWintersParams, start = initialState(y, m)) {
  let { level, trend } = start;
  const season = [...start.season];
  const errors: number[] = [];
  for (let t = 0; t < y.length; t++) {
    const i = t % m;
    const e = y[t] - (level + trend + season[i]);
    const prevLevel = level;
    level = prevLevel + trend + p.alpha * e;
    trend = trend + p.alpha * p.beta * e;
    season[i] = season[i] + p.gamma * e;
    errors.push(e);
  }
  return { state: { level, trend, season }, errors };
}

function sseOf(errors: number[], skip: number) {
  let s = 0;
  for (let i = skip; i < errors.length; i++) s += errors[i] * errors[i];
  return s;
}

const GRID = {
  alpha: [0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9],
  beta: [0, 0.01, 0.05, 0.1, 0.3],
  gamma: [0.01, 0.05, 0.1, 0.2, 0.4, 0.7],
};
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Fits α, β, γ by minimising the one-step-ahead SSE: a coarse grid, then Nelder-Mead from the
 * best grid point (parameters clamped to [0, 1]). The first season's errors are left out of the
 * SSE: the start uses those observations.
 */
export function fitHoltWinters(y: readonly number[], m = 7): HoltWintersFit {
  const start = initialState(y, m);
  const cost = (p: HoltWintersParams) => sseOf(smooth(y, m, p, start).errors, m);
  let best = { p: { alpha: 0.2, beta: 0.01, gamma: 0.1 }, sse: Infinity };
  for (const alpha of GRID.alpha) for (const beta of GRID.beta) for (const gamma of GRID.gamma) {
    const sse = cost({ alpha, beta, gamma });
    if (sse < best.sse) best = { p: { alpha, beta, gamma }, sse };
  }
  const toP = (x: number[]) => ({ alpha: clamp01(x[0]), beta: clamp01(x[1]), gamma: clamp01(x[2]) });
  const refined = nelderMead((x) => cost(toP(x)), [best.p.alpha, best.p.beta, best.p.gamma], { step: 0.05, maxIterations: 200 });
  if (refined.value < best.sse) best = { p: toP(refined.x), sse: refined.value };
  const { state } = smooth(y, m, best.p, start);
  const dof = Math.max(1, y.length - m);
  return { params: best.p, sse: best.sse, sigma: Math.sqrt(best.sse / dof), state, n: y.length, m };
}

/**
 * Point forecasts for h = 1..horizon after the last observation, with an approximate 95 %
 * interval: var_h = σ²(1 + Σ_{j<h} c_j²), c_j = α(1 + jβ) + γ·[j mod m = 0] (FPP §8.7, ETS(A,A,A)).
 */
export function forecastHoltWinters(fit: HoltWintersFit, horizon: number) {
  const { level, trend, season } = fit.state;
  const { alpha, beta, gamma } = fit.params;
  const out: Array<{ value: number; lower: number; upper: number }> = [];
  let sumC2 = 0;
  for (let h = 1; h <= horizon; h++) {
    if (h > 1) {
      const j = h - 1;
      const c = alpha * (1 + j * beta) + (j % fit.m === 0 ? gamma : 0);
      sumC2 += c * c;
    }
    const value = level + h * trend + season[(fit.n + h - 1) % fit.m];
    const half = 1.96 * fit.sigma * Math.sqrt(1 + sumC2);
    out.push({ value, lower: value - half, upper: value + half });
  }
  return out;
}
