import { Button } from '@/components/ui/button/button';
import select from '@/components/ui/select/select.module.css';

import { useReportsT } from '../i18n';
import { isDateType, operatorsFor, type FieldInfo, type FilterRow } from '../utils/definition';
import { DateValuePicker } from './date-value-picker';
import styles from './report-builder.module.css';

interface Props {
  fields: FieldInfo[];
  filters: FilterRow[];
  onChange: (filters: FilterRow[]) => void;
}

/** Filter rows: field, operator (incl. blank / not blank), value (relative dates for date fields). */
export function FilterEditor({ fields, filters, onChange }: Props) {
  const t = useReportsT();
  const byName = new Map(fields.map((f) => [f.name, f]));
  const update = (i: number, patch: Partial<FilterRow>) => onChange(filters.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className={styles.fieldset} data-testid="report-filters">
      <legend>{t('filters.title')}</legend>
      {filters.map((f, i) => {
        const field = byName.get(f.field);
        const ops = field ? operatorsFor(field.dataType) : [];
        const noValue = f.operator === 'blank' || f.operator === 'notBlank';
        return (
          <div key={i} className={styles.row} data-testid="report-filter">
            <select
              className={select.select}
              aria-label={t('filters.field')}
              value={f.field}
              onChange={(e) => {
                const next = byName.get(e.target.value);
                const operator = next && operatorsFor(next.dataType).includes(f.operator) ? f.operator : 'equals';
                update(i, { field: e.target.value, operator, value: next && isDateType(next.dataType) ? 'THIS_MONTH' : '' });
              }}
              data-testid="filter-field"
            >
              <option value="">{t('filters.chooseField')}</option>
              {fields.map((x) => (
                <option key={x.name} value={x.name}>
                  {x.label}
                </option>
              ))}
            </select>
            <select className={select.select} aria-label={t('filters.operator')} value={f.operator} onChange={(e) => update(i, { operator: e.target.value as FilterRow['operator'] })} data-testid="filter-operator">
              {ops.map((op) => (
                <option key={op} value={op}>
                  {t(`operators.${op}`)}
                </option>
              ))}
            </select>
            {!noValue && field && <FilterValue field={field} operator={f.operator} value={f.value} onChange={(value) => update(i, { value })} />}
            <Button variant="ghost" size="sm" onClick={() => onChange(filters.filter((_, j) => j !== i))} aria-label={t('filters.remove')}>
              ×
            </Button>
          </div>
        );
      })}
      <div>
        <Button variant="secondary" size="sm" onClick={() => onChange([...filters, { field: '', operator: 'equals', value: '' }])} data-testid="add-filter">
          {t('filters.add')}
        </Button>
      </div>
    </fieldset>
  );
}

function FilterValue({ field, operator, value, onChange }: { field: FieldInfo; operator: FilterRow['operator']; value: string; onChange: (v: string) => void }) {
  const t = useReportsT();
  if (isDateType(field.dataType)) return <DateValuePicker value={value} onChange={onChange} testId="filter-date" />;
  if (field.dataType === 'BOOLEAN')
    return (
      <select className={select.select} aria-label={t('filters.value')} value={value} onChange={(e) => onChange(e.target.value)} data-testid="filter-value">
        <option value="">—</option>
        <option value="true">{t('filters.true')}</option>
        <option value="false">{t('filters.false')}</option>
      </select>
    );
  // One picklist value for equals / not equal; text (comma-separated values) for the other operators.
  if (field.dataType === 'PICKLIST' && field.picklistValues?.length && (operator === 'equals' || operator === 'notEqual'))
    return (
      <select className={select.select} aria-label={t('filters.value')} value={value} onChange={(e) => onChange(e.target.value)} data-testid="filter-value">
        <option value="">—</option>
        {field.picklistValues.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  return <input className={styles.input} aria-label={t('filters.value')} value={value} onChange={(e) => onChange(e.target.value)} data-testid="filter-value" />;
}
