import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';

import type { FormErrors } from '../hooks/use-form-errors';
import { fieldKind, isRuleField, isRuleOperator, operatorsFor, RULE_FIELDS } from '../utils/rule-fields';
import { FormError } from './form-error';
import styles from './rule-editor.module.css';

export interface ItemDraft {
  key: string;
  field: string;
  operator: string;
  value: string;
}

export interface RuleItemRowProps {
  item: ItemDraft;
  /** 1-based, as the boolean filter numbers the criteria. */
  n: number;
  form: FormErrors;
  canRemove: boolean;
  onChange: (change: Partial<ItemDraft>) => void;
  onRemove: () => void;
}

/** One criterion of a rule: field, operator (those that apply to the field), value. */
export function RuleItemRow({ item, n, form, canRemove, onChange, onRemove }: RuleItemRowProps) {
  const { t } = useTranslation();
  const { id, clearError, errorOf, invalid, describedBy } = form;
  const base = `items.${item.key}`;
  return (
    <li className={styles.item} data-testid="rule-item">
      <span className={styles.itemNumber} aria-hidden="true">
        {n}
      </span>
      <div className={styles.itemCell}>
        <label htmlFor={id(`${base}.field`)} className={styles.cellLabel}>
          {t('territories.ruleEditor.fieldOf', { n })}
        </label>
        <select
          id={id(`${base}.field`)}
          className={styles.input}
          value={item.field}
          onChange={(event) => {
            onChange({ field: event.target.value });
            clearError(`${base}.field`);
            clearError(`${base}.operator`);
          }}
          aria-invalid={invalid(`${base}.field`)}
          aria-describedby={describedBy(`${base}.field`)}
          data-testid="rule-item-field"
        >
          {!isRuleField(item.field) && <option value={item.field}>{item.field}</option>}
          {RULE_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`territories.fields.${field}`)}
            </option>
          ))}
        </select>
        <FormError id={id(`err-${base}.field`)} message={errorOf(`${base}.field`)} data-testid="rule-item-field-error" />
      </div>
      <div className={styles.itemCell}>
        <label htmlFor={id(`${base}.operator`)} className={styles.cellLabel}>
          {t('territories.ruleEditor.operatorOf', { n })}
        </label>
        <select
          id={id(`${base}.operator`)}
          className={styles.input}
          value={item.operator}
          onChange={(event) => {
            onChange({ operator: event.target.value });
            clearError(`${base}.operator`);
          }}
          aria-invalid={invalid(`${base}.operator`)}
          aria-describedby={describedBy(`${base}.operator`)}
          data-testid="rule-item-operator"
        >
          {!isRuleOperator(item.operator) && <option value={item.operator}>{item.operator}</option>}
          {operatorsFor(item.field).map((operator) => (
            <option key={operator} value={operator}>
              {t(`territories.operators.${operator}`)}
            </option>
          ))}
        </select>
        <FormError id={id(`err-${base}.operator`)} message={errorOf(`${base}.operator`)} data-testid="rule-item-operator-error" />
      </div>
      <div className={styles.itemCell}>
        <label htmlFor={id(`${base}.value`)} className={styles.cellLabel}>
          {t('territories.ruleEditor.valueOf', { n })}
        </label>
        <input
          id={id(`${base}.value`)}
          className={styles.input}
          value={item.value}
          maxLength={1000}
          inputMode={fieldKind(item.field) === 'number' && item.operator !== 'IN' ? 'decimal' : undefined}
          placeholder={item.operator === 'IN' ? t('territories.ruleEditor.inPlaceholder') : undefined}
          onChange={(event) => {
            onChange({ value: event.target.value });
            clearError(`${base}.value`);
          }}
          aria-invalid={invalid(`${base}.value`)}
          aria-describedby={describedBy(`${base}.value`)}
          data-testid="rule-item-value"
        />
        <FormError id={id(`err-${base}.value`)} message={errorOf(`${base}.value`)} data-testid="rule-item-value-error" />
      </div>
      <Button
        variant="ghost"
        size="sm"
        className={styles.remove}
        disabled={!canRemove}
        onClick={onRemove}
        aria-label={t('territories.ruleEditor.removeItem', { n })}
        data-testid="rule-item-remove"
      >
        <span aria-hidden="true">×</span>
      </Button>
    </li>
  );
}
