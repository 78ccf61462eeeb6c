import { Button } from '@/components/ui/button/button';
import select from '@/components/ui/select/select.module.css';

import { useReportsT } from '../i18n';
import { GRANULARITIES, isDateType, type FieldInfo, type GroupingRow } from '../utils/definition';
import styles from './report-builder.module.css';

interface Props {
  legend: string;
  max: number;
  fields: FieldInfo[];
  groupings: GroupingRow[];
  onChange: (groupings: GroupingRow[]) => void;
  testId: string;
}

/** Row or column groupings: a groupable field, with a date bucket for date fields. */
export function GroupingEditor({ legend, max, fields, groupings, onChange, testId }: Props) {
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
            <Button variant="ghost" size="sm" onClick={() => onChange(groupings.filter((_, j) => j !== i))} aria-label={t('groupings.remove')}>
              ×
            </Button>
          </div>
        );
      })}
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
