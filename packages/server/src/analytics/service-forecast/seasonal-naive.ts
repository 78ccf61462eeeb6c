/**
 * Seasonal naive: each future day repeats the same weekday of the last observed season
 * (ŷ_{n+h} = y_{n+h-m(k+1)}, k = ⌊(h-1)/m⌋). The baseline every seasonal model must beat.
 */
export interface SeasonalNaiveFit {
  /** The last season, oldest first. */
  lastSeason: number[];
  /** Standard deviation of the seasonal differences y_t − y_{t−m}. */
  sigma: number;
  n: number;
  m: number;
}

export function fitSeasonalNaive(y: readonly number[], m = 7): SeasonalNaiveFit {
  if (y.length < m) throw new Error(`seasonal naive needs at least ${m} observations`);
  let sse = 0;
  let count = 0;
  for (let t = m; t < y.length; t++) {
    const e = y[t] - y[t - m];
    sse += e * e;
    count++;
  }
  return { lastSeason: y.slice(y.length - m), sigma: count ? Math.sqrt(sse / count) : 0, n: y.length, m };
}

/** Forecasts for h = 1..horizon with a 95 % interval: var_h = σ²(k + 1) (FPP §5.5). */
export function forecastSeasonalNaive(fit: SeasonalNaiveFit, horizon: number) {
  return Array.from({ length: horizon }, (_, idx) => {
    const h = idx + 1;
    const k = Math.floor((h - 1) / fit.m);
    const value = fit.lastSeason[(h - 1) % fit.m];
    const half = 1.96 * fit.sigma * Math.sqrt(k + 1);
    return { value, lower: value - half, upper: value + half };
  });
}
