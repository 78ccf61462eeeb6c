import { useState } from 'react';

import { useReportsT } from '../i18n';
import type { FieldInfo } from '../utils/definition';
import styles from './report-builder.module.css';

/** The report's columns, in the order they were ticked; a search box narrows long field lists. */
export function ColumnPicker({ fields, columns, onChange }: { fields: FieldInfo[]; columns: string[]; onChange: (c: string[]) => void }) {
  const t = useReportsT();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = q ? fields.filter((f) => f.label.toLowerCase().includes(q) || f.name.toLowerCase().includes(q)) : fields;
  const chosen = new Set(columns);
  return (
    <fieldset className={styles.fieldset} data-testid="report-columns">
      <legend>
        {t('columns.title')} ({columns.length})
      </legend>
      <input className={styles.input} type="search" placeholder={t('columns.search')} aria-label={t('columns.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className={styles.columnList}>
        {shown.map((f) => (
          <label key={f.name} className={styles.check}>
            <input
              type="checkbox"
              checked={chosen.has(f.name)}
              onChange={(e) => onChange(e.target.checked ? [...columns, f.name] : columns.filter((c) => c !== f.name))}
              data-testid={`column-${f.name}`}
            />
            {f.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
