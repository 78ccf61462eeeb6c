/**
 * A component's settings (JSON written by the dashboards seed): where its number and points are
 * in the widget's response, the gauge's scale, and how numbers read. Every key is optional:
 * without paths the first KPI result (value / points) or report result (groups) is used.
 */
export interface ComponentSettings {
  /** Dot path to the headline number, e.g. "salesKpis.winRate.value". */
  valuePath?: string;
  /** Dot path to the points array (KpiPoint-like objects or report groups). */
  pointsPath?: string;
  /** Properties of a point: its label, its value and its drill-down key (default label / value / key). */
  labelField?: string;
  valueField?: string;
  keyField?: string;
  /** Gauge: band boundaries from the start to the end of the scale (e.g. [0, 20, 35, 100]) and the target. */
  target?: number;
  max?: number;
  ranges?: number[];
  /** Number style: currency, percent (values 0..100, as the KPI rates), number. */
  format?: 'currency' | 'percent' | 'number';
  /** Report components: the date field the dashboard's period filters. */
  periodField?: string;
  /** TABLE: dot path to the rows and the fields shown as columns (the first labels the row). */
  rowsPath?: string;
  columns?: string[];
  /** Rows shown in a table or leaderboard. */
  limit?: number;
}

export function parseSettings(raw: string | null | undefined): ComponentSettings {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' ? (value as ComponentSettings) : {};
  } catch {
    return {};
  }
}
