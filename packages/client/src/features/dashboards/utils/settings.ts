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
  /** Property of a point that labels it / holds its value (default label / value, then count). */
  labelPath?: string;
  pointValuePath?: string;
  /** Gauge: end of the scale (target) and band limits. */
  target?: number;
  max?: number;
  ranges?: number[];
  /** Number style: currency, percent (0..1 share or 0..100 with percentScale 100), number. */
  format?: 'currency' | 'percent' | 'number';
  percentScale?: 1 | 100;
  /** Report components: the date field the dashboard's period filters. */
  periodField?: string;
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
