import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { CurrentUserDocument, type ForecastGridQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { useForecastsT, type ForecastsKey } from '../i18n';
import { ADJUSTABLE, CATEGORY_KEYS, periodLabel as labelOf, visibleRows, type CategoryKey } from '../utils/grid-rows';
import { canEditQuotas, periodMonths } from '../utils/quota-plan';
import { AdjustDialog, type AdjustTarget } from './adjust-dialog';
import { ForecastAmount } from './forecast-amount';
import styles from './forecasts.module.css';
import { QuotaDialog, type QuotaDialogTarget } from './quota-dialog';

const LABEL: Record<CategoryKey, ForecastsKey> = { openPipeline: 'openPipeline', bestCaseForecast: 'bestCase', commitForecast: 'commit', closedOnly: 'closed' };

/**
 * Rows = the caller and those below (expandable), columns = periods x categories, quota and attainment; the first column sticks.
 * A quota the caller may set opens the quota editor of its period.
 */
export function ForecastGrid({ grid, onDrill }: { grid: ForecastGridQuery['forecastGrid']; onDrill: (id: string) => void }) {
  const t = useForecastsT();
  const f = useFormatters();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState<AdjustTarget | null>(null);
  const [quotaTarget, setQuotaTarget] = useState<QuotaDialogTarget | null>(null);
  const me = useQuery(CurrentUserDocument).data?.me;
  const monthly = grid.periodType === 'MONTH';
  const territory = grid.forecastingType.roleType === 'TERRITORY';
  const isAmount = grid.forecastingType.isAmount;
  const fmt = (v: number) => (isAmount ? f.currency(v) : f.number(v));
  const periodLabel = (start: string) => labelOf(start, monthly);
  const endOf = new Map(grid.periods.map((p) => [p.startDate, p.endDate]));
  const toggle = (id: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className={styles.scroller} data-testid="forecast-grid">
      <table className={styles.table}>
        <thead>
          <tr>
            <th rowSpan={2} className={styles.sticky} scope="col">{t('row')}</th>
            {grid.periods.map((p) => (
              <th key={p.startDate} colSpan={6} scope="colgroup" className={styles.period}>{periodLabel(p.startDate)}</th>
            ))}
          </tr>
          <tr>
            {grid.periods.map((p) => [...CATEGORY_KEYS.map((k) => LABEL[k]), 'quota' as const, 'attainment' as const].map((k) => (
              <th key={`${p.startDate}-${k}`} scope="col">{t(k)}</th>
            )))}
          </tr>
        </thead>
        <tbody>
          {visibleRows(grid.rows, collapsed).map((row) => (
            <tr key={row.id} data-testid={`forecast-row-${row.id}`}>
              <th scope="row" className={styles.sticky} style={{ paddingInlineStart: `${0.5 + row.depth}rem` }}>
                {row.hasChildren ? (
                  <button
                    type="button"
                    className={styles.toggle}
                    aria-expanded={!collapsed.has(row.id)}
                    aria-label={t(collapsed.has(row.id) ? 'expand' : 'collapse', { name: row.name })}
                    onClick={() => toggle(row.id)}
                    data-testid={`forecast-toggle-${row.id}`}
                  >
                    {collapsed.has(row.id) ? '▸' : '▾'}
                  </button>
                ) : (
                  <span className={styles.leaf} />
                )}
                {row.hasChildren && row.depth > 0 ? (
                  <button type="button" className={styles.drill} onClick={() => onDrill(row.id)} title={t('drill', { name: row.name })} data-testid={`forecast-drill-${row.id}`}>
                    {row.name}
                  </button>
                ) : (
                  row.name
                )}
              </th>
              {row.cells.map((cell) => [
                ...CATEGORY_KEYS.map((k) => {
                  const category = ADJUSTABLE[k];
                  const own = !row.canAdjust && row.canAdjustOwn;
                  const can = monthly && category && (row.canAdjust || row.canAdjustOwn);
                  const title = t('adjust', { category: t(LABEL[k]), name: row.name, period: periodLabel(cell.startDate) });
                  return (
                    <td key={`${cell.startDate}-${k}`}>
                      <ForecastAmount
                        item={cell[k]}
                        isAmount={isAmount}
                        testId={`forecast-${row.id}-${cell.startDate}-${k}`}
                        adjustLabel={title}
                        onAdjust={can ? () => setTarget({
                          title, forecastingTypeId: grid.forecastingType.id, ownerId: territory ? null : row.id, territoryId: territory ? row.id : null,
                          startDate: cell.startDate, category, item: cell[k], own, isAmount,
                        }) : undefined}
                      />
                    </td>
                  );
                }),
                <td key={`${cell.startDate}-quota`}>
                  <div className={styles.amount}>
                    <span data-testid={`forecast-${row.id}-${cell.startDate}-quota`}>{cell.quota == null ? '–' : fmt(cell.quota)}</span>
                    {canEditQuotas(me, row.id, territory) && (
                      <button
                        type="button"
                        className={styles.pencil}
                        onClick={() => setQuotaTarget({
                          rowId: row.id, rowName: row.name, territory, months: periodMonths(cell.startDate, endOf.get(cell.startDate) ?? cell.startDate),
                          productFamily: grid.forecastingType.productFamily ?? null, period: periodLabel(cell.startDate),
                          typeLabel: grid.forecastingType.masterLabel, isAmount,
                        })}
                        aria-label={t('quotaEdit', { name: row.name, period: periodLabel(cell.startDate) })}
                        title={t('quotaEdit', { name: row.name, period: periodLabel(cell.startDate) })}
                        data-testid={`forecast-${row.id}-${cell.startDate}-quota-edit`}
                      >
                        ✎
                      </button>
                    )}
                  </div>
                </td>,
                <td key={`${cell.startDate}-att`} data-testid={`forecast-${row.id}-${cell.startDate}-attainment`}>
                  {cell.attainment == null ? '–' : f.percent(cell.attainment * 100)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
      {target && <AdjustDialog target={target} onClose={() => setTarget(null)} />}
      {quotaTarget && <QuotaDialog target={quotaTarget} onClose={() => setQuotaTarget(null)} />}
    </div>
  );
}
