import { Fragment, useState } from 'react';

import { useFormatters } from '@/lib/format';
import type { ReportResultFieldsFragment } from '@/gql/graphql';

import { useReportsT } from '../i18n';
import { formatValue } from '../utils/format-value';
import styles from './report-result.module.css';

type Result = ReportResultFieldsFragment;
type Group = Omit<Result['groupsDown'][number], 'children'> & { children?: Group[] };
const childrenOf = (g: Group): Group[] => g.children ?? [];

/** TABULAR: the rows. SUMMARY: collapsible groups with subtotals (and their rows). MATRIX: groups × columns. */
export function ReportResultView({ result }: { result: Result }) {
  const t = useReportsT();
  return (
    <div data-testid="report-result" data-format={result.format}>
      <p className={styles.meta} data-testid="report-total-count">
        {t('result.records', { count: result.totalCount })}
        {result.truncated ? ` · ${t('result.truncated', { count: result.rows.length })}` : ''}
      </p>
      {result.format === 'MATRIX' ? <MatrixTable result={result} /> : result.format === 'SUMMARY' ? <SummaryTable result={result} /> : <DetailTable result={result} />}
    </div>
  );
}

function useAggregateText(result: Result) {
  const f = useFormatters();
  return (value: number | null | undefined, index: number) => {
    const header = result.aggregates[index];
    const shareOf1 = header?.function === 'AVG' && header.dataType === 'PERCENT';
    return formatValue(f, value, header?.function === 'COUNT' ? 'NUMBER' : (header?.dataType ?? 'NUMBER'), shareOf1);
  };
}

function DetailTable({ result }: { result: Result }) {
  const t = useReportsT();
  const f = useFormatters();
  const agg = useAggregateText(result);
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-testid="report-rows">
        <caption className="visually-hidden">{t('result.caption')}</caption>
        <thead>
          <tr>
            {result.columns.map((c) => (
              <th key={c.name} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r, i) => (
            <tr key={r.recordId ?? i}>
              {r.values.map((v, j) => (
                <td key={j} className={isNumeric(result.columns[j]?.dataType) ? styles.num : undefined}>
                  {formatValue(f, v, result.columns[j]?.dataType)}
                </td>
              ))}
            </tr>
          ))}
          <tr className={styles.total}>
            <td colSpan={Math.max(1, result.columns.length)}>
              {t('result.grandTotal')}: {result.grandTotal.map((g, i) => `${result.aggregates[i]?.label ?? g.key} ${agg(g.value, i)}`).join(' · ')}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

const isNumeric = (t: string | undefined) => t === 'NUMBER' || t === 'CURRENCY' || t === 'PERCENT';

function SummaryTable({ result }: { result: Result }) {
  const t = useReportsT();
  const f = useFormatters();
  const agg = useAggregateText(result);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [showRows, setShowRows] = useState(false);
  const toggle = (id: string) => setCollapsed((s) => {
    const next = new Set(s);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const rowsOf = (keys: (string | null)[]) => result.rows.filter((r) => keys.every((k, i) => r.groupKeys[i] === k));
  // The record count has its own column: a plain COUNT summary is not repeated.
  const shown = result.aggregates.map((a, i) => ({ a, i })).filter(({ a }) => !(a.function === 'COUNT' && !a.field));
  const width = 2 + shown.length;
  const groupRow = (g: Group, id: string, depth: number, keys: (string | null)[]) => {
    const open = !collapsed.has(id);
    const hasChildren = childrenOf(g).length > 0 || showRows;
    return (
      <Fragment key={id}>
        <tr className={depth === 0 ? styles.group : styles.subgroup} data-testid={depth === 0 ? 'report-group' : 'report-subgroup'} data-key={g.key ?? ''}>
          <td>
            {hasChildren ? (
              <button type="button" className={styles.toggle} aria-expanded={open} onClick={() => toggle(id)}>
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                <span data-testid="group-label">{g.label}</span>
              </button>
            ) : (
              <span data-testid="group-label">{g.label}</span>
            )}
          </td>
          <td className={styles.num} data-testid="group-count">{f.number(g.count)}</td>
          {shown.map(({ i }) => (
            <td key={i} className={styles.num}>{agg(g.aggregates[i], i)}</td>
          ))}
        </tr>
        {open && childrenOf(g).map((c, i) => groupRow(c, `${id}/${i}`, depth + 1, [...keys, c.key]))}
        {open && showRows && childrenOf(g).length === 0 && rowsOf(keys).map((r, i) => (
          <tr key={`${id}#${r.recordId ?? i}`}>
            <td colSpan={width}>{r.values.map((v, j) => formatValue(f, v, result.columns[j]?.dataType)).join(' · ')}</td>
          </tr>
        ))}
      </Fragment>
    );
  };
  return (
    <>
      <label className={styles.meta}>
        <input type="checkbox" checked={showRows} onChange={(e) => setShowRows(e.target.checked)} data-testid="show-detail-rows" /> {t('result.showRows')}
      </label>
      <div className={styles.wrapper}>
        <table className={styles.table} data-testid="report-summary">
          <caption className="visually-hidden">{t('result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('result.group')}</th>
              <th scope="col" className={styles.num}>{t('result.count')}</th>
              {shown.map(({ a }) => (
                <th key={a.key} scope="col" className={styles.num}>{a.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.groupsDown.map((g, i) => groupRow(g, String(i), 0, [g.key]))}
            <tr className={styles.total} data-testid="report-grand-total">
              <td>{t('result.grandTotal')}</td>
              <td className={styles.num}>{f.number(result.totalCount)}</td>
              {shown.map(({ a, i }) => (
                <td key={a.key} className={styles.num}>{agg(result.grandTotal[i]?.value, i)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Matrix cells show every summary (the record count alone when there is no other). */
function MatrixTable({ result }: { result: Result }) {
  const t = useReportsT();
  const f = useFormatters();
  const agg = useAggregateText(result);
  const others = result.aggregates.map((a, i) => ({ a, i })).filter(({ a }) => !(a.function === 'COUNT' && !a.field));
  const cell = (c: { count: number; aggregates: (number | null)[] } | undefined) =>
    !c ? '—' : (
      <>
        <span className={styles.cellLine}>{f.number(c.count)}</span>
        {others.map(({ i }) => (
          <span key={i} className={styles.cellLine}>{agg(c.aggregates[i], i)}</span>
        ))}
      </>
    );
  const line = (g: Group, depth: number, id: string): React.ReactNode => (
    <Fragment key={id}>
      <tr className={depth === 0 ? styles.group : styles.subgroup} data-testid="matrix-row">
        <th scope="row">{g.label}</th>
        {result.groupsAcross.map((k, i) => (
          <td key={i} className={styles.num}>{cell(g.cells.find((c) => c.key === k.key))}</td>
        ))}
        <td className={styles.num}>{cell(g)}</td>
      </tr>
      {childrenOf(g).map((c, i) => line(c, depth + 1, `${id}/${i}`))}
    </Fragment>
  );
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-testid="report-matrix">
        <caption className="visually-hidden">{t('result.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('result.group')}</th>
            {result.groupsAcross.map((k, i) => (
              <th key={i} scope="col" className={styles.num}>{k.label}</th>
            ))}
            <th scope="col" className={styles.num}>{t('result.total')}</th>
          </tr>
        </thead>
        <tbody>
          {result.groupsDown.map((g, i) => line(g, 0, String(i)))}
          <tr className={styles.total}>
            <th scope="row">{t('result.grandTotal')}</th>
            {result.groupsAcross.map((k, i) => (
              <td key={i} className={styles.num}>{cell(k)}</td>
            ))}
            <td className={styles.num}>{cell({ count: result.totalCount, aggregates: result.aggregates.map((_, i) => result.grandTotal[i]?.value ?? null) })}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
