import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import selectStyles from '@/components/ui/select/select.module.css';

import type { MissingField } from '../hooks/use-stage-move';
import { usePicklistOptions } from '../hooks/use-picklist-options';
import { fieldLabel } from '../utils/field-label';
import styles from './missing-fields-form.module.css';

export interface MissingFieldsFormProps {
  stageLabel: string;
  missing: readonly MissingField[];
  busy?: boolean;
  onSubmit: (values: Record<string, string | number>) => void;
  onCancel: () => void;
}

/** The fields a validation rule asks for before a stage change, inline where the move happened. */
export function MissingFieldsForm({ stageLabel, missing, busy, onSubmit, onCancel }: MissingFieldsFormProps) {
  const { t } = useTranslation();
  const options = usePicklistOptions();
  const [values, setValues] = useState<Record<string, string>>({});
  const baseId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const out: Record<string, string | number> = {};
    for (const { field } of missing) {
      const raw = (values[field] ?? '').trim();
      out[field] = field === 'amount' || field === 'probability' ? Number(raw) : raw;
    }
    onSubmit(out);
  };

  return (
    <form className={styles.form} onSubmit={submit} data-testid="missing-fields-form" onKeyDown={(e) => e.stopPropagation()}>
      <p className={styles.title}>{t('opportunities.move.needs', { stage: stageLabel })}</p>
      {missing.map(({ field, message }) => {
        const id = `${baseId}-${field}`;
        const choices = options[field];
        const set = (value: string) => setValues((v) => ({ ...v, [field]: value }));
        return (
          <div key={field} className={styles.field}>
            <label htmlFor={id}>{fieldLabel(t, field)}</label>
            {choices ? (
              <select
                id={id}
                className={`${selectStyles.select} ${styles.input}`}
                value={values[field] ?? ''}
                onChange={(e) => set(e.target.value)}
                required
                autoFocus={field === missing[0]?.field}
                aria-describedby={`${id}-msg`}
                data-testid={`missing-${field}`}
              >
                <option value="">{t('opportunities.move.choose')}</option>
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                className={styles.input}
                type={field === 'amount' || field === 'probability' ? 'number' : field === 'closeDate' ? 'date' : 'text'}
                value={values[field] ?? ''}
                onChange={(e) => set(e.target.value)}
                required
                autoFocus={field === missing[0]?.field}
                aria-describedby={`${id}-msg`}
                data-testid={`missing-${field}`}
              />
            )}
            <span id={`${id}-msg`} className={styles.message}>
              {message}
            </span>
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button type="submit" size="sm" disabled={busy} data-testid="missing-fields-save">
          {t('opportunities.move.saveAndMove')}
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy} data-testid="missing-fields-cancel">
          {t('opportunities.move.cancel')}
        </Button>
      </div>
    </form>
  );
}
