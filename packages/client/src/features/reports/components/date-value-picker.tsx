import select from '@/components/ui/select/select.module.css';

import { useReportsT } from '../i18n';
import { FIXED_LITERALS, formatDateValue, N_LITERALS, parseDateValue } from '../utils/date-literals';
import styles from './report-builder.module.css';

/** A date filter's value: a relative literal (THIS_MONTH, LAST_N_DAYS:30 ...) or an exact day. */
export function DateValuePicker({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId?: string }) {
  const t = useReportsT();
  const v = parseDateValue(value || 'THIS_MONTH');
  return (
    <span className={styles.inline} data-testid={testId}>
      <select
        className={select.select}
        aria-label={t('filters.dateMode')}
        value={v.mode}
        onChange={(e) => onChange(formatDateValue(e.target.value === 'exact' ? { mode: 'exact', day: new Date().toISOString().slice(0, 10) } : { mode: 'relative', literal: 'THIS_MONTH', n: 1 }))}
      >
        <option value="relative">{t('filters.relative')}</option>
        <option value="exact">{t('filters.exact')}</option>
      </select>
      {v.mode === 'exact' ? (
        <input type="date" className={styles.input} aria-label={t('filters.value')} value={v.day} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <>
          <select className={select.select} aria-label={t('filters.literal')} value={v.literal} onChange={(e) => onChange(formatDateValue({ mode: 'relative', literal: e.target.value, n: v.n }))} data-testid="date-literal">
            {[...FIXED_LITERALS, ...N_LITERALS].map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
          {N_LITERALS.includes(v.literal) && (
            <input
              type="number"
              min={1}
              max={999}
              className={styles.number}
              aria-label={t('filters.n')}
              value={v.n}
              onChange={(e) => onChange(formatDateValue({ ...v, n: Math.max(1, Number(e.target.value) || 1) }))}
            />
          )}
        </>
      )}
    </span>
  );
}
