import type { ForecastGridQuery } from '@/gql/graphql';

export type GridRow = ForecastGridQuery['forecastGrid']['rows'][number];
export type GridCell = GridRow['cells'][number];
export type GridItem = GridCell['openPipeline'];
export type CategoryKey = 'openPipeline' | 'bestCaseForecast' | 'commitForecast' | 'closedOnly';

export const CATEGORY_KEYS: CategoryKey[] = ['openPipeline', 'bestCaseForecast', 'commitForecast', 'closedOnly'];
export const ADJUSTABLE: Record<CategoryKey, 'BEST_CASE_FORECAST' | 'COMMIT_FORECAST' | null> = {
  openPipeline: null, bestCaseForecast: 'BEST_CASE_FORECAST', commitForecast: 'COMMIT_FORECAST', closedOnly: null,
};

/** Rows in grid order, without those under a collapsed row (rows come depth-first from the server). */
export function visibleRows(rows: GridRow[], collapsed: ReadonlySet<string>): GridRow[] {
  const out: GridRow[] = [];
  let hideBelow: number | null = null;
  for (const r of rows) {
    if (hideBelow !== null && r.depth > hideBelow) continue;
    hideBelow = collapsed.has(r.id) ? r.depth : null;
    out.push(r);
  }
  return out;
}

/** "Nov 2026" (months) or "Q4 2026" (quarters) of a period's first day. */
export function periodLabel(start: string, monthly: boolean): string {
  const [y, m] = start.split('-').map(Number);
  return monthly ? new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1)) : `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}
