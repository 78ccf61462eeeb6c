import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { formFieldStyles as f } from '@/components/ui/form-field/form-field';

import { BOOLEAN_FIELDS, NO_VALUE_OPS, OPERATORS, RULE_FIELDS, STAGE_OPS, type Operator, type RuleObject } from '../config';
import styles from '../setup.module.css';
import { newRow, type ConditionDraft, type ConditionRow } from '../utils/condition';

export interface ConditionBuilderProps {
  object: RuleObject;
  draft: ConditionDraft;
  onChange: (draft: ConditionDraft) => void;
  /** Active stage names, for "at or after stage". */
  stageNames: readonly string[];
  error?: string | null;
}

/** Rows of field / operator / value joined by AND or OR, optionally negated: the rule's error condition. */
export function ConditionBuilder({ object, draft, onChange, stageNames, error }: ConditionBuilderProps) {
  const { t } = useTranslation();
  const fields = RULE_FIELDS[object];
  const ops = OPERATORS.filter((op) => object === 'Opportunity' || !STAGE_OPS.has(op));
  const setRow = (key: string, patch: Partial<ConditionRow>) =>
    onChange({ ...draft, rows: draft.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });

  const valueInput = (row: ConditionRow, label: string) => {
    if (NO_VALUE_OPS.has(row.op)) return <span className={`${styles.muted} ${styles.noValue}`} aria-hidden="true">—</span>;
    if (STAGE_OPS.has(row.op))
      return (
        <select className={f.control} aria-label={label} value={row.value} onChange={(e) => setRow(row.key, { value: e.target.value })} data-testid="condition-value">
          <option value="">{t('setup.rules.chooseStage')}</option>
          {stageNames.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      );
    if (BOOLEAN_FIELDS.has(row.field))
      return (
        <select className={f.control} aria-label={label} value={row.value === 'true' ? 'true' : 'false'} onChange={(e) => setRow(row.key, { value: e.target.value })} data-testid="condition-value">
          <option value="true">{t('setup.yes')}</option>
          <option value="false">{t('setup.no')}</option>
        </select>
      );
    return (
      <input
        className={f.control}
        aria-label={label}
        value={row.value}
        placeholder={row.op === 'in' || row.op === 'notIn' ? t('setup.rules.listHint') : undefined}
        onChange={(e) => setRow(row.key, { value: e.target.value })}
        data-testid="condition-value"
      />
    );
  };

  return (
    <fieldset className={styles.builder} data-testid="condition-builder" aria-invalid={error ? true : undefined}>
      <legend>{t('setup.rules.condition')}</legend>
      <p className={styles.muted}>{t('setup.rules.conditionHelp')}</p>
      <div className={styles.builderHead}>
        <label className={styles.check}>
          <input type="checkbox" checked={draft.not} onChange={(e) => onChange({ ...draft, not: e.target.checked })} data-testid="condition-not" />
          {t('setup.rules.not')}
        </label>
        {draft.rows.length > 1 && (
          <select className={f.control} style={{ width: 'auto' }} aria-label={t('setup.rules.join')} value={draft.join} onChange={(e) => onChange({ ...draft, join: e.target.value as 'and' | 'or' })} data-testid="condition-join">
            <option value="and">{t('setup.rules.and')}</option>
            <option value="or">{t('setup.rules.or')}</option>
          </select>
        )}
      </div>
      {draft.rows.map((row, i) => {
        const n = i + 1;
        return (
          <div key={row.key} className={styles.conditionRow} data-testid="condition-row">
            <select
              className={f.control}
              aria-label={t('setup.rules.fieldN', { n })}
              value={row.op === 'isNew' ? '' : row.field}
              disabled={row.op === 'isNew'}
              onChange={(e) => setRow(row.key, { field: e.target.value, ...(STAGE_OPS.has(row.op) && e.target.value !== 'stageName' ? { op: 'isBlank' as Operator } : {}) })}
              data-testid="condition-field"
            >
              <option value="">{t('setup.rules.chooseField')}</option>
              {fields.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
            <select
              className={f.control}
              aria-label={t('setup.rules.opN', { n })}
              value={row.op}
              onChange={(e) => setRow(row.key, { op: e.target.value as Operator, ...(STAGE_OPS.has(e.target.value as Operator) ? { field: 'stageName', value: '' } : {}) })}
              data-testid="condition-op"
            >
              {ops.map((op) => <option key={op} value={op}>{t(`setup.ops.${op}`)}</option>)}
            </select>
            {valueInput(row, t('setup.rules.valueN', { n }))}
            <label className={styles.check}>
              <input type="checkbox" checked={row.prior} disabled={row.op === 'isNew' || row.op === 'changed'} onChange={(e) => setRow(row.key, { prior: e.target.checked })} />
              {t('setup.rules.prior')}
            </label>
            <Button variant="ghost" size="sm" aria-label={t('setup.rules.removeN', { n })} disabled={draft.rows.length === 1} onClick={() => onChange({ ...draft, rows: draft.rows.filter((r) => r.key !== row.key) })}>
              ×
            </Button>
          </div>
        );
      })}
      <div>
        <Button variant="secondary" size="sm" onClick={() => onChange({ ...draft, rows: [...draft.rows, newRow()] })} data-testid="condition-add">
          {t('setup.rules.addRow')}
        </Button>
      </div>
      {error && <p className={styles.formError} role="alert" data-testid="condition-error">{error}</p>}
    </fieldset>
  );
}
