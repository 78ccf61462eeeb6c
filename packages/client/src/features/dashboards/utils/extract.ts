import type { ChartKind, ChartModel, ChartPoint } from '@/components/charts/chart-types';

import type { ComponentSettings } from './settings';

type Json = unknown;

export function getPath(data: Json, path: string | undefined): Json {
  if (!path) return undefined;
  return path.split('.').reduce<Json>((node, part) => (node && typeof node === 'object' ? (node as Record<string, Json>)[part] : undefined), data);
}

const isObj = (v: Json): v is Record<string, Json> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const num = (v: Json): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

/** The first object (depth-first) that looks like a KPI or report result. */
function findResult(data: Json): Record<string, Json> | null {
  if (!isObj(data)) return null;
  if ('points' in data || 'groupsDown' in data || ('value' in data && ('count' in data || 'numerator' in data))) return data;
  for (const v of Object.values(data)) {
    const found = findResult(v);
    if (found) return found;
  }
  return null;
}

function toPoint(p: Json, s: ComponentSettings, aggregateIndex: number): ChartPoint | null {
  if (!isObj(p)) return null;
  const label = getPath(p, s.labelField) ?? p.label ?? p.ownerName ?? p.name ?? p.key ?? '—';
  let value = num(getPath(p, s.valueField));
  if (value == null && Array.isArray(p.aggregates)) value = num(p.aggregates[aggregateIndex]);
  if (value == null) value = num(p.value) ?? num(p.amount) ?? num(p.count) ?? 0;
  const key = getPath(p, s.keyField ?? 'key');
  return { key: typeof key === 'string' ? key : null, label: String(label), value, count: num(p.count) };
}

/** Turns a widget's response into what the chart draws. */
export function toChartModel(data: Json, type: ChartKind, s: ComponentSettings): ChartModel {
  const result = findResult(data);
  let rawPoints = getPath(data, s.pointsPath ?? s.rowsPath);
  if (!Array.isArray(rawPoints)) rawPoints = result?.points ?? result?.groupsDown ?? result?.perOwner ?? [];
  // Report results: the first aggregate that is not the row count, when there is one.
  const headers = Array.isArray(result?.aggregates) ? (result.aggregates as Json[]) : [];
  const aggIndex = Math.max(0, headers.findIndex((h) => isObj(h) && h.function !== 'COUNT'));
  const useAgg = headers.length > 0 && isObj(headers[aggIndex]) && headers[aggIndex].function !== 'COUNT';
  const sp: ComponentSettings = useAgg || s.valueField ? s : { ...s, valueField: result?.groupsDown ? 'count' : undefined };
  let points = (rawPoints as Json[]).map((p) => toPoint(p, sp, aggIndex)).filter((p): p is ChartPoint => p !== null);
  if (s.limit) points = points.slice(0, s.limit);
  let value = num(getPath(data, s.valuePath));
  if (value == null && result) {
    if (Array.isArray(result.grandTotal)) value = useAgg ? num((result.grandTotal[aggIndex] as Record<string, Json> | undefined)?.value) : num(result.totalCount);
    else value = num(result.value) ?? num(result.count);
  }
  const rows = getPath(data, s.rowsPath ?? s.pointsPath);
  const table =
    type === 'TABLE' && s.columns?.length && Array.isArray(rows)
      ? { columns: s.columns, headers: s.columns.map(humanise), rows: rows.filter(isObj).slice(0, s.limit ?? rows.length), keyField: s.keyField ?? 'key' }
      : undefined;
  return { type, points, value, max: s.max ?? null, target: s.target ?? null, ranges: s.ranges, table };
}

/** "noActivity30Days" → "No activity 30 days" (column headers from field names). */
export function humanise(name: string): string {
  const words = name.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Formats numbers as the settings say (percent shares of 1 by default, like winRate). */
export function numberFormat(s: ComponentSettings, locale: string, currency: string): (n: number) => string {
  if (s.format === 'currency') {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    return (n) => f.format(n);
  }
  if (s.format === 'percent') {
    const f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return (n) => f.format(n / 100);
  }
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, notation: 'compact' });
  return (n) => f.format(n);
}
