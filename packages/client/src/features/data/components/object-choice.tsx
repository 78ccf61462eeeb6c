import { useTranslation } from 'react-i18next';

import type { BulkObjectApiName } from '@/gql/graphql';

import { BULK_OBJECTS } from '../config';
import styles from '../data.module.css';

/** The object an import or mass update works on, as large radio buttons. */
export function ObjectChoice({ value, onChange, name }: { value: BulkObjectApiName; onChange: (o: BulkObjectApiName) => void; name: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.choices}>
      <legend>{t('data.object')}</legend>
      {BULK_OBJECTS.map((o) => (
        <label key={o} className={styles.radio}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} data-testid={`object-${o}`} />
          {t(`data.objects.${o}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** A choice of a few values as radio buttons (mode, match by, row source). */
export function RadioChoice<V extends string>({ legend, name, value, options, onChange }: {
  legend: string;
  name: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string; disabled?: boolean }>;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset className={styles.choices}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className={styles.radio}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} disabled={o.disabled} onChange={() => onChange(o.value)} data-testid={`${name}-${o.value}`} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
