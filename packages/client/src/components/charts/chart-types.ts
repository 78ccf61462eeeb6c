/** The visualisations of reports and dashboard components (server enum ChartType). */
export type ChartKind = 'METRIC' | 'GAUGE' | 'BAR' | 'COLUMN' | 'LINE' | 'DONUT' | 'TABLE' | 'FUNNEL' | 'LEADERBOARD';

export const CHART_KINDS: readonly ChartKind[] = ['METRIC', 'GAUGE', 'BAR', 'COLUMN', 'LINE', 'DONUT', 'TABLE', 'FUNNEL', 'LEADERBOARD'];

/** One bar, slice or row: `key` identifies it for a drill-down (null = blank). */
export interface ChartPoint {
  key: string | null;
  label: string;
  value: number;
  count?: number | null;
}

export interface ChartModel {
  type: ChartKind;
  points: ChartPoint[];
  /** METRIC and GAUGE: the number. */
  value?: number | null;
  /** GAUGE: band boundaries from the start to the end of the scale ([0, 20, 35, 100]: red, amber, green), the end when no ranges, and a target mark. */
  max?: number | null;
  ranges?: number[];
  target?: number | null;
  /** TABLE with several columns: the rows as they came, the columns to show (field names) and their headers. */
  table?: { columns: string[]; headers: string[]; rows: Record<string, unknown>[]; keyField: string };
  /** Formats numbers for labels and tooltips. */
  format?: (value: number) => string;
}

export const CHART_COLORS = ['#0b5cad', '#2e8540', '#d97706', '#7c3aed', '#0e7490', '#be185d', '#65a30d', '#b45309', '#475569'];
