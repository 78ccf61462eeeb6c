import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import selectStyles from '@/components/ui/select/select.module.css';
import type { UpdateOpportunityInput } from '@/gql/graphql';

import type { OpportunityDetail } from '../hooks/use-opportunity';
import { usePicklistOptions } from '../hooks/use-picklist-options';
import { useSaveOpportunity } from '../hooks/use-save-opportunity';
import type { Stage } from '../hooks/use-stages';
import { fieldLabel } from '../utils/field-label';
import { stageLabel } from '../utils/stage-key';
import styles from './opportunity-form.module.css';

export type FormField = 'name' | 'stageName' | 'amount' | 'closeDate' | 'probability' | 'nextStep' | 'competitor' | 'lostReason' | 'type' | 'leadSource' | 'description';

const NUMBER_FIELDS = new Set<FormField>(['amount', 'probability']);
type Values = Partial<Record<FormField, string>>;

function valuesOf(o: OpportunityDetail, fields: readonly FormField[]): Values {
  return Object.fromEntries(fields.map((f) => [f, o[f] == null ? '' : String(o[f])]));
}

function toInput(values: Values, fields: readonly FormField[]): UpdateOpportunityInput {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = (values[f] ?? '').trim();
    input[f] = NUMBER_FIELDS.has(f) ? (raw === '' ? null : Number(raw)) : raw === '' && f !== 'name' ? null : raw;
  }
  return input as UpdateOpportunityInput;
}

export interface OpportunityFormProps {
  opportunity: OpportunityDetail;
  stages: readonly Stage[];
  fields: readonly FormField[];
  /** Fields added when the server asks for them (a validation rule), e.g. competitor on the quick update. */
  extraOnDemand?: readonly FormField[];
  onDone: () => void;
  onReload: () => Promise<OpportunityDetail | undefined>;
  submitLabel: string;
  testId: string;
}

/** An edit form with the server's errors next to their fields; a stale version shows the current values. */
export function OpportunityForm({ opportunity, stages, fields: baseFields, extraOnDemand = [], onDone, onReload, submitLabel, testId }: OpportunityFormProps) {
  const { t } = useTranslation();
  const options = usePicklistOptions();
  const id = useId();
  const [shownExtra, setShownExtra] = useState<FormField[]>([]);
  const fields = [...baseFields, ...shownExtra];
  const [values, setValues] = useState<Values>(() => valuesOf(opportunity, [...baseFields, ...extraOnDemand]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ message: string; current: Record<string, unknown> | null } | null>(null);
  const { save, saving } = useSaveOpportunity(opportunity.id, opportunity.version);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = await save(toInput(values, fields));
    if (result.kind === 'saved') return onDone();
    if (result.kind === 'conflict') return setConflict(result);
    if (result.kind === 'invalid') {
      setErrors(result.errors);
      setNotice(result.message);
      const missing = extraOnDemand.filter((f) => result.errors[f] && !fields.includes(f));
      if (missing.length) setShownExtra((s) => [...s, ...missing]);
      return;
    }
    setErrors({});
    setNotice(result.message ?? t('opportunities.form.network'));
  };

  const reload = async () => {
    const fresh = await onReload();
    if (fresh) setValues(valuesOf(fresh, [...fields, ...extraOnDemand]));
    setConflict(null);
    setErrors({});
  };

  const control = (f: FormField) => {
    const inputId = `${id}-${f}`;
    const common = {
      id: inputId,
      name: f,
      value: values[f] ?? '',
      'aria-invalid': errors[f] ? true : undefined,
      'aria-describedby': errors[f] ? `${inputId}-error` : undefined,
      'data-testid': `field-${f}`,
    } as const;
    const set = (v: string) => setValues((s) => ({ ...s, [f]: v }));
    if (f === 'stageName')
      return (
        <select {...common} className={`${selectStyles.select} ${styles.input}`} onChange={(e) => set(e.target.value)}>
          {stages.map((s) => (
            <option key={s.apiName} value={s.apiName}>
              {stageLabel(t, s.apiName)}
            </option>
          ))}
        </select>
      );
    const choices = options[f];
    if (choices)
      return (
        <select {...common} className={`${selectStyles.select} ${styles.input}`} onChange={(e) => set(e.target.value)}>
          <option value="">{t('opportunities.move.choose')}</option>
          {values[f] && !choices.some((c) => c.value === values[f]) && <option value={values[f]}>{values[f]}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      );
    if (f === 'description') return <textarea {...common} className={styles.input} rows={3} onChange={(e) => set(e.target.value)} />;
    const type = NUMBER_FIELDS.has(f) ? 'number' : f === 'closeDate' ? 'date' : 'text';
    return (
      <input
        {...common}
        className={styles.input}
        type={type}
        inputMode={NUMBER_FIELDS.has(f) ? 'decimal' : undefined}
        step={NUMBER_FIELDS.has(f) ? 'any' : undefined}
        required={f === 'name' || f === 'closeDate'}
        onChange={(e) => set(e.target.value)}
      />
    );
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      {conflict && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void reload()} data-testid="conflict-reload">
              {t('opportunities.form.reload')}
            </Button>
          }
        >
          <p className={styles.conflictTitle} data-testid="conflict-message">
            {t('opportunities.form.conflict')}
          </p>
          {conflict.current && (
            <dl className={styles.current}>
              {fields
                .filter((f) => f in (conflict.current ?? {}))
                .map((f) => (
                  <div key={f}>
                    <dt>{fieldLabel(t, f)}</dt>
                    <dd>{String(conflict.current?.[f] ?? t('common.empty'))}</dd>
                  </div>
                ))}
            </dl>
          )}
        </Alert>
      )}
      {notice && <Alert>{notice}</Alert>}
      <div className={styles.grid}>
        {fields.map((f) => (
          <div key={f} className={`${styles.field} ${f === 'description' ? styles.wide : ''}`}>
            <label htmlFor={`${id}-${f}`}>{fieldLabel(t, f)}</label>
            {control(f)}
            {errors[f] && (
              <span id={`${id}-${f}-error`} className={styles.error} data-testid={`error-${f}`}>
                {errors[f]}
              </span>
            )}
          </div>
        ))}
      </div>
      <div className={styles.actions}>
        <Button type="submit" disabled={saving || Boolean(conflict)} data-testid={`${testId}-submit`}>
          {saving ? t('opportunities.form.saving') : submitLabel}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>
          {t('opportunities.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
