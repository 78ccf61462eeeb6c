import { lazy, Suspense } from 'react';

import { Spinner } from '@/components/ui/spinner/spinner';

import styles from './chart.module.css';
import { CHART_COLORS, type ChartModel, type ChartPoint } from './chart-types';

// recharts weighs ~100 KB gzip: its own chunk, fetched when the first bar, line, donut or funnel shows.
const RechartsChart = lazy(() => import('./recharts-chart'));

export interface ChartProps {
  model: ChartModel;
  /** Accessible name of the chart. */
  label: string;
  /** Shown when there are no points. */
  emptyText: string;
  loadingText: string;
  /** Clicking a number, bar, slice or row (drill-down). */
  onSelect?: (point: ChartPoint | null) => void;
  height?: number;
}

const plain = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: 2 });

/** Metric, gauge, table and leaderboard are plain HTML/SVG; the other kinds are recharts. */
export function Chart({ model, label, emptyText, loadingText, onSelect, height = 240 }: ChartProps) {
  const format = model.format ?? plain;
  if (model.type === 'METRIC') {
    const text = model.value == null ? '—' : format(model.value);
    return (
      <p className={styles.metric} data-testid="chart-metric" aria-label={label}>
        {onSelect && model.value != null ? (
          <button type="button" className={styles.metricButton} onClick={() => onSelect(null)}>
            {text}
          </button>
        ) : (
          text
        )}
      </p>
    );
  }
  if (model.type === 'GAUGE') return <Gauge model={model} label={label} format={format} onSelect={onSelect} />;
  if (model.type === 'TABLE' && model.table) return <RowsTable table={model.table} label={label} emptyText={emptyText} format={format} onSelect={onSelect} />;
  if (!model.points.length) return <p className={styles.empty}>{emptyText}</p>;
  if (model.type === 'FUNNEL') {
    // Stages in order as centred bars: every label and number stays readable on a phone.
    const max = Math.max(...model.points.map((p) => Math.abs(p.value)), 1);
    return (
      <ol className={styles.list} aria-label={label} data-testid="chart-funnel">
        {model.points.map((p, i) => {
          const content = (
            <>
              <span className={styles.rowLabel}>{p.label}</span>
              <span className={styles.rowValue}>{format(p.value)}</span>
              <span className={styles.funnelBar} style={{ width: `${Math.max(2, (Math.abs(p.value) / max) * 100)}%`, background: CHART_COLORS[i % CHART_COLORS.length] }} />
            </>
          );
          return (
            <li key={`${p.key ?? ''}-${i}`}>
              {onSelect ? (
                <button type="button" className={styles.row} onClick={() => onSelect(p)}>
                  {content}
                </button>
              ) : (
                <span className={styles.row}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    );
  }
  if (model.type === 'TABLE' || model.type === 'LEADERBOARD') {
    const max = Math.max(...model.points.map((p) => Math.abs(p.value)), 1);
    const points = model.type === 'LEADERBOARD' ? [...model.points].sort((a, b) => b.value - a.value) : model.points;
    return (
      <ol className={styles.list} aria-label={label} data-testid="chart-list">
        {points.map((p, i) => {
          const content = (
            <>
              <span className={styles.rowLabel}>
                {model.type === 'LEADERBOARD' ? `${i + 1}. ` : ''}
                {p.label}
              </span>
              <span className={styles.rowValue}>{format(p.value)}</span>
              {model.type === 'LEADERBOARD' && <span className={styles.bar} style={{ width: `${(Math.abs(p.value) / max) * 100}%`, background: CHART_COLORS[0] }} />}
            </>
          );
          return (
            <li key={`${p.key ?? ''}-${i}`}>
              {onSelect ? (
                <button type="button" className={styles.row} onClick={() => onSelect(p)}>
                  {content}
                </button>
              ) : (
                <span className={styles.row}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    );
  }
  const total = model.points.reduce((sum, p) => sum + p.value, 0);
  return (
    <>
      <div className={styles.chart} role="img" aria-label={label} style={{ height }} data-testid="chart-graph">
        <Suspense fallback={<Spinner label={loadingText} />}>
          <RechartsChart model={model} format={format} height={height} onSelect={onSelect} />
        </Suspense>
      </div>
      {model.type === 'DONUT' && (
        <ul className={styles.legend} data-testid="chart-legend">
          {model.points.map((p, i) => (
            <li key={`${p.key ?? ''}-${i}`}>
              <span className={styles.swatch} style={{ background: CHART_COLORS[i % CHART_COLORS.length] }} aria-hidden="true" />
              <span className={styles.rowLabel}>{p.label}</span>
              <span className={styles.rowValue}>
                {format(p.value)}
                {total > 0 ? ` · ${Math.round((p.value / total) * 100)}%` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Rows with several columns (e.g. Clean Your Room per owner); scrolls sideways inside its card on a phone. */
function RowsTable({ table, label, emptyText, format, onSelect }: { table: NonNullable<ChartModel['table']>; label: string; emptyText: string; format: (n: number) => string; onSelect?: (p: ChartPoint | null) => void }) {
  if (!table.rows.length) return <p className={styles.empty}>{emptyText}</p>;
  const text = (v: unknown) => (typeof v === 'number' ? format(v) : v == null ? '—' : String(v));
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={label} data-testid="chart-table">
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => {
            const key = typeof r[table.keyField] === 'string' ? (r[table.keyField] as string) : null;
            const first = text(r[table.columns[0]]);
            return (
              <tr key={key ?? i}>
                <th scope="row">
                  {onSelect ? (
                    <button type="button" className={styles.metricButton} onClick={() => onSelect({ key, label: first, value: 0 })}>
                      {first}
                    </button>
                  ) : (
                    first
                  )}
                </th>
                {table.columns.slice(1).map((c) => (
                  <td key={c}>{text(r[c])}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A half-circle gauge: the value on a scale from the first to the last range boundary, coloured by band, with the target marked. */
function Gauge({ model, label, format, onSelect }: { model: ChartModel; label: string; format: (n: number) => string; onSelect?: (p: ChartPoint | null) => void }) {
  const value = model.value ?? 0;
  const ranges = model.ranges && model.ranges.length >= 2 ? model.ranges : null;
  const min = ranges ? ranges[0] : 0;
  const max = ranges ? ranges[ranges.length - 1] : (model.max ?? Math.max(value, model.target ?? 0, 1) * 1.25);
  const share = (v: number) => Math.max(0, Math.min(1, max > min ? (v - min) / (max - min) : 0));
  const inner = ranges ? ranges.slice(1, -1) : [];
  const band = inner.filter((b) => value >= b).length;
  const palette = inner.length === 1 ? ['#b42318', '#2e8540'] : ['#b42318', '#d97706', '#2e8540'];
  const color = ranges ? palette[Math.min(band, palette.length - 1)] : CHART_COLORS[0];
  const point = (s: number, r = 80) => {
    const angle = Math.PI * (1 - s);
    return [100 + r * Math.cos(angle), 100 - r * Math.sin(angle)].map((n) => n.toFixed(2));
  };
  const [x, y] = point(share(value));
  const target = model.target != null ? share(model.target) : null;
  return (
    <svg viewBox="0 0 200 120" className={styles.gauge} role="img" aria-label={`${label}: ${format(value)}`} data-testid="chart-gauge" data-value={value} onClick={onSelect ? () => onSelect(null) : undefined} style={onSelect ? { cursor: 'pointer' } : undefined}>
      <path d="M20 100 A80 80 0 0 1 180 100" fill="none" stroke="#e5e9ef" strokeWidth="18" />
      {share(value) > 0 && <path d={`M20 100 A80 80 0 0 1 ${x} ${y}`} fill="none" stroke={color} strokeWidth="18" />}
      {target != null && <line x1={point(target, 68)[0]} y1={point(target, 68)[1]} x2={point(target, 92)[0]} y2={point(target, 92)[1]} stroke="#1c2430" strokeWidth="2" />}
      <text x="100" y="95" textAnchor="middle" className={styles.gaugeValue}>
        {format(value)}
      </text>
      <text x="20" y="116" textAnchor="middle" fontSize="10" fill="#5b6675">{format(min)}</text>
      <text x="180" y="116" textAnchor="middle" fontSize="10" fill="#5b6675">{format(max)}</text>
    </svg>
  );
}
