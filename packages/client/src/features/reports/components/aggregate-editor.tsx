import { Button } from '@/components/ui/button/button';
import select from '@/components/ui/select/select.module.css';

import { useReportsT } from '../i18n';
import { AGGREGATE_FUNCTIONS, type AggregateRow, type FieldInfo } from '../utils/definition';
import styles from './report-builder.module.css';

/** Summaries: record count, or sum / average / min / max of an aggregatable field. */
export function AggregateEditor({ fields, aggregates, onChange }: { fields: FieldInfo[]; aggregates: AggregateRow[]; onChange: (a: AggregateRow[]) => void }) {
  const t = useReportsT();
  const aggregatable = fields.filter((f) => f.aggregatable);
  const update = (i: number, patch: Partial<AggregateRow>) => onChange(aggregates.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className={styles.fieldset} data-testid="report-aggregates">
      <legend>{t('aggregates.title')}</legend>
      {aggregates.map((a, i) => (
        <div key={i} className={styles.row} data-testid="aggregate">
          <select
            className={select.select}
            aria-label={t('aggregates.function')}
            value={a.function}
            onChange={(e) => {
              const fn = e.target.value as AggregateRow['function'];
              update(i, { function: fn, field: fn === 'COUNT' ? null : (a.field ?? aggregatable[0]?.name ?? null) });
            }}
          >
            {AGGREGATE_FUNCTIONS.map((fn) => (
              <option key={fn} value={fn}>
                {t(`aggregateFunctions.${fn}`)}
              </option>
            ))}
          </select>
          <select className={select.select} aria-label={t('aggregates.field')} value={a.field ?? ''} onChange={(e) => update(i, { field: e.target.value || null })}>
            {a.function === 'COUNT' && <option value="">{t('aggregates.records')}</option>}
            {aggregatable.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label}
              </option>
            ))}
          </select>
          <Button variant="ghost" size="sm" onClick={() => onChange(aggregates.filter((_, j) => j !== i))} aria-label={t('aggregates.remove')}>
            ×
          </Button>
        </div>
      ))}
      <div>
        <Button variant="secondary" size="sm" onClick={() => onChange([...aggregates, { function: 'SUM', field: aggregatable[0]?.name ?? null }])}>
          {t('aggregates.add')}
        </Button>
      </div>
    </fieldset>
  );
}
