/**
 * Backtest and model choice. Error measure: MAPE over the days with a non-zero actual
 * (100 · mean |a − f| / a); a zero day has no percentage error and is left out (it still shapes
 * the fit). Null when the holdout has no non-zero day. Holdout: the last `holdoutDays` days of
 * the history; each method is fitted on the days before and forecasts the holdout in one go,
 * as it will forecast the future.
 */
import { fitHoltWinters, forecastHoltWinters, type HoltWintersParams } from './holt-winters';
import { fitSeasonalNaive, forecastSeasonalNaive } from './seasonal-naive';

export type ForecastMethodName = 'HOLT_WINTERS' | 'SEASONAL_NAIVE';

export interface ForecastPointValue {
  value: number;
  lower: number;
  upper: number;
}

/** MAPE in percent over the non-zero actuals; null when every actual is zero. */
export function mape(actual: readonly number[], forecast: readonly number[]): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] === 0) continue;
    sum += Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
    n++;
  }
  return n ? (100 * sum) / n : null;
}

/** The minimum history each method needs to be fitted (days). */
export const minHistory = (method: ForecastMethodName, m: number) => (method === 'HOLT_WINTERS' ? 2 * m : m);

/** Fits `method` on `y` and forecasts `horizon` days (counts never below zero), with the fitted Holt-Winters parameters. */
export function fitAndForecast(method: ForecastMethodName, y: readonly number[], horizon: number, m = 7): { points: ForecastPointValue[]; params: HoltWintersParams | null } {
  const hw = method === 'HOLT_WINTERS' ? fitHoltWinters(y, m) : null;
  const raw = hw ? forecastHoltWinters(hw, horizon) : forecastSeasonalNaive(fitSeasonalNaive(y, m), horizon);
  const points = raw.map((p) => ({ value: Math.max(0, p.value), lower: Math.max(0, p.lower), upper: Math.max(0, p.upper) }));
  return { points, params: hw?.params ?? null };
}

/** Fits `method` on `y` and forecasts `horizon` days; counts never go below zero. */
export const forecastWith = (method: ForecastMethodName, y: readonly number[], horizon: number, m = 7) => fitAndForecast(method, y, horizon, m).points;

/** MAPE of `method` on the last `holdoutDays` of `y`; null when it cannot be fitted or has no non-zero actual. */
export function backtest(method: ForecastMethodName, y: readonly number[], holdoutDays: number, m = 7): number | null {
  const train = y.slice(0, y.length - holdoutDays);
  if (holdoutDays < 1 || train.length < minHistory(method, m)) return null;
  const f = forecastWith(method, train, holdoutDays, m);
  return mape(y.slice(y.length - holdoutDays), f.map((p) => p.value));
}

/** Which rule picked the method. */
export type MethodChoiceRule = 'LOWER_BACKTEST_ERROR' | 'BASELINE_NOT_BEATEN' | 'NOT_MEASURABLE' | 'SHORT_HISTORY' | 'REQUESTED';

export interface MethodChoice {
  method: ForecastMethodName;
  rule: MethodChoiceRule;
  /** Backtest MAPE of the chosen method (null: not measurable). */
  mape: number | null;
  /** Both methods' backtest MAPE. */
  mapes: Record<ForecastMethodName, number | null>;
  reason: string;
}

const fmt = (v: number | null) => (v == null ? 'n/a' : `${v.toFixed(1)} %`);

/**
 * AUTO picks the method with the lower backtest MAPE; on a tie, or when neither can be measured,
 * the seasonal naive baseline (the simpler model: Holt-Winters must earn its parameters).
 * A requested method is used as asked when the history allows it.
 */
export function chooseMethod(y: readonly number[], holdoutDays: number, requested: ForecastMethodName | 'AUTO' = 'AUTO', m = 7): MethodChoice {
  const mapes = { HOLT_WINTERS: backtest('HOLT_WINTERS', y, holdoutDays, m), SEASONAL_NAIVE: backtest('SEASONAL_NAIVE', y, holdoutDays, m) };
  const both = `Backtest MAPE over the last ${holdoutDays} days (non-zero days): Holt-Winters ${fmt(mapes.HOLT_WINTERS)}, seasonal naive ${fmt(mapes.SEASONAL_NAIVE)}.`;
  if (y.length < minHistory('HOLT_WINTERS', m)) {
    return { method: 'SEASONAL_NAIVE', rule: 'SHORT_HISTORY', mape: mapes.SEASONAL_NAIVE, mapes, reason: `Seasonal naive: ${y.length} days of history are too few for Holt-Winters (needs ${2 * m}). ${both}` };
  }
  if (requested !== 'AUTO') {
    return { method: requested, rule: 'REQUESTED', mape: mapes[requested], mapes, reason: `${requested === 'HOLT_WINTERS' ? 'Holt-Winters' : 'Seasonal naive'} as requested. ${both}` };
  }
  const hw = mapes.HOLT_WINTERS;
  const sn = mapes.SEASONAL_NAIVE;
  if (hw != null && (sn == null || hw < sn)) {
    return { method: 'HOLT_WINTERS', rule: 'LOWER_BACKTEST_ERROR', mape: hw, mapes, reason: `Holt-Winters: lower backtest error than the seasonal naive baseline. ${both}` };
  }
  if (hw == null && sn == null) {
    return { method: 'SEASONAL_NAIVE', rule: 'NOT_MEASURABLE', mape: null, mapes, reason: `Seasonal naive: no non-zero day in the holdout to measure either method, so the simpler baseline. ${both}` };
  }
  return { method: 'SEASONAL_NAIVE', rule: 'BASELINE_NOT_BEATEN', mape: sn, mapes, reason: `Seasonal naive: Holt-Winters did not beat the baseline's backtest error. ${both}` };
}
