import { Button } from '@/components/ui/button/button';
import select from '@/components/ui/select/select.module.css';

import { useReportsT } from '../i18n';
import { GRANULARITIES, isDateType, type FieldInfo, type GroupingRow, type SortOrder } from '../utils/definition';
import styles from './report-builder.module.css';

interface Props {
  legend: string;
  max: number;
  fields: FieldInfo[];
  groupings: GroupingRow[];
  onChange: (groupings: GroupingRow[]) => void;
  testId: string;
  /** Row groupings: the summaries the groups may be sorted by (value = aggregate key). */
  sortOptions?: { value: string; label: string }[];
  /** Row groupings: top N groups of the first grouping (null = all). */
  limit?: { value: number | null; onChange: (n: number | null) => void };
}

/**
 * Row or column groupings: a groupable field, with a date bucket for date fields, and the order of
 * the groups (by key, or for row groupings by a summary, with an optional top N).
 */
export function GroupingEditor({ legend, max, fields, groupings, onChange, testId, sortOptions, limit }: Props) {
  const t = useReportsT();
  const groupable = fields.filter((f) => f.groupable);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const update = (i: number, patch: Partial<GroupingRow>) => onChange(groupings.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  return (
    <fieldset className={styles.fieldset} data-testid={testId}>
      <legend>{legend}</legend>
      {groupings.map((g, i) => {
        const field = byName.get(g.field);
        return (
          <div key={i} className={styles.row} data-testid="grouping">
            <select
              className={select.select}
              aria-label={t('groupings.field')}
              value={g.field}
              onChange={(e) => {
                const next = byName.get(e.target.value);
                update(i, { field: e.target.value, dateGranularity: next && isDateType(next.dataType) ? 'MONTH' : null });
              }}
              data-testid="grouping-field"
            >
              <option value="">{t('groupings.chooseField')}</option>
              {groupable.map((x) => (
                <option key={x.name} value={x.name}>
                  {x.label}
                </option>
              ))}
            </select>
            {field && isDateType(field.dataType) && (
              <select className={select.select} aria-label={t('groupings.bucket')} value={g.dateGranularity ?? 'MONTH'} onChange={(e) => update(i, { dateGranularity: e.target.value as GroupingRow['dateGranularity'] })} data-testid="grouping-bucket">
                {GRANULARITIES.map((x) => (
                  <option key={x} value={x}>
                    {t(`granularity.${x}`)}
                  </option>
                ))}
              </select>
            )}
            {sortOptions && (
              <select className={select.select} aria-label={t('groupings.sortBy')} value={g.sortAggregate ?? ''} onChange={(e) => update(i, { sortAggregate: e.target.value || null })} data-testid="grouping-sort-by">
                <option value="">{t('groupings.sortByKey')}</option>
                {sortOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
            <select className={select.select} aria-label={t('groupings.sortOrder')} value={g.sortOrder ?? 'ASC'} onChange={(e) => update(i, { sortOrder: e.target.value as SortOrder })} data-testid="grouping-sort-order">
              <option value="ASC">{t('groupings.ascending')}</option>
              <option value="DESC">{t('groupings.descending')}</option>
            </select>
            <Button variant="ghost" size="sm" onClick={() => onChange(groupings.filter((_, j) => j !== i))} aria-label={t('groupings.remove')}>
              ×
            </Button>
          </div>
        );
      })}
      {limit && groupings.length > 0 && (
        <label className={styles.inline}>
          {t('groupings.limit')}
          <input
            className={styles.input}
            type="number"
            min={1}
            max={2000}
            value={limit.value ?? ''}
            placeholder={t('groupings.allGroups')}
            onChange={(e) => limit.onChange(e.target.value === '' ? null : Math.max(1, Math.min(2000, Math.trunc(Number(e.target.value)))))}
            data-testid="grouping-limit"
          />
        </label>
      )}
      {groupings.length < max && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => onChange([...groupings, { field: '', dateGranularity: null }])} data-testid={`${testId}-add`}>
            {t('groupings.add')}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
