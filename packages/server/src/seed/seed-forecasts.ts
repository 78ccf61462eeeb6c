import type { SeedContext } from './context';

/** Seeds forecasting types, quotas and adjustments (issue 12, forecasts helper). */
export async function seedForecasts(_ctx: SeedContext): Promise<void> {
  // Filled in by the analytics work of issue 12.
}
