import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import {
  SetupCreateValidationRuleDocument,
  SetupUpdateValidationRuleDocument,
  SetupValidationRulesDocument,
  type SetupValidationRuleFragment,
} from '@/gql/graphql';

import { RULE_FIELDS, type RuleObject } from '../config';
import styles from '../setup.module.css';
import { emptyDraft, fromCondition, toCondition, type ConditionDraft } from '../utils/condition';
import { formErrors, noErrors, type FormErrors } from '../utils/errors';
import { ConditionBuilder } from './condition-builder';

const FIELDS = ['name', 'description', 'condition', 'errorMessage', 'errorField', 'isActive', 'objectApiName'] as const;

export interface ValidationRuleDialogProps {
  object: RuleObject;
  /** The rule edited; null creates one. */
  rule: SetupValidationRuleFragment | null;
  stageNames: readonly string[];
  onClose: () => void;
}

/** Create or edit a validation rule: name, condition (builder or JSON), error message and field. */
export function ValidationRuleDialog({ object, rule, stageNames, onClose }: ValidationRuleDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(rule?.name ?? '');
  const [description, setDescription] = useState(rule?.description ?? '');
  const [errorMessage, setErrorMessage] = useState(rule?.errorMessage ?? '');
  const [errorField, setErrorField] = useState(rule?.errorField ?? '');
  const [isActive, setIsActive] = useState(rule?.isActive ?? true);
  const parsed = rule ? fromCondition(rule.condition) : emptyDraft();
  const [draft, setDraft] = useState<ConditionDraft>(parsed ?? emptyDraft());
  // Conditions the builder cannot show (nested groups) are edited as JSON.
  const [json, setJson] = useState<string | null>(parsed ? null : JSON.stringify(rule?.condition, null, 2));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const refetchQueries = [{ query: SetupValidationRulesDocument }];
  const [create, createState] = useMutation(SetupCreateValidationRuleDocument, { refetchQueries, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(SetupUpdateValidationRuleDocument, { refetchQueries, awaitRefetchQueries: true });
  const busy = createState.loading || updateState.loading;

  const save = async () => {
    let condition: unknown;
    if (json !== null) {
      try {
        condition = JSON.parse(json);
      } catch {
        setErrors({ ...noErrors, byField: { condition: t('setup.rules.badJson') } });
        return;
      }
    } else condition = toCondition(draft);
    const fields = { name: name.trim(), description: description.trim() || null, errorMessage: errorMessage.trim(), errorField, isActive, condition };
    try {
      if (rule) await update({ variables: { id: rule.id, input: fields } });
      else await create({ variables: { input: { ...fields, objectApiName: object } } });
      onClose();
    } catch (e) {
      setErrors(formErrors(e, FIELDS, t('setup.network')));
    }
  };

  const toggleJson = () => {
    if (json === null) return setJson(JSON.stringify(toCondition(draft), null, 2));
    const back = parseJson(json);
    if (back) setDraft(back);
    setJson(null);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      sheetOnPhone
      title={rule ? t('setup.rules.editTitle', { name: rule.name }) : t('setup.rules.newTitle', { object: t(`setup.objects.${object}`) })}
      data-testid="rule-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('setup.cancel')}</Button>
          <Button onClick={() => void save()} disabled={busy} data-testid="rule-save">{busy ? t('setup.saving') : t('setup.save')}</Button>
        </>
      }
    >
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {errors.general && <p className={styles.formError} role="alert" data-testid="form-error">{errors.general}</p>}
        <FormGrid>
          <FormField label={t('setup.rules.name')} required error={errors.byField.name} hint={t('setup.rules.nameHint')} data-testid="rule-name-field">
            <input className={f.control} value={name} onChange={(e) => setName(e.target.value)} data-testid="rule-name" />
          </FormField>
          <FormField label={t('setup.rules.errorField')} required error={errors.byField.errorField}>
            <select className={f.control} value={errorField} onChange={(e) => setErrorField(e.target.value)} data-testid="rule-error-field">
              <option value="">{t('setup.rules.chooseField')}</option>
              {RULE_FIELDS[object].map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </FormField>
          <FormField label={t('setup.rules.errorMessage')} required wide error={errors.byField.errorMessage}>
            <input className={f.control} value={errorMessage} onChange={(e) => setErrorMessage(e.target.value)} data-testid="rule-error-message" />
          </FormField>
          <FormField label={t('setup.rules.description')} wide error={errors.byField.description}>
            <textarea className={f.control} value={description} onChange={(e) => setDescription(e.target.value)} />
          </FormField>
        </FormGrid>
        <label className={styles.check}>
          <input type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} data-testid="rule-active" />
          {t('setup.active')}
        </label>
        {json === null ? (
          <ConditionBuilder object={object} draft={draft} onChange={setDraft} stageNames={stageNames} error={errors.byField.condition} />
        ) : (
          <FormField label={t('setup.rules.conditionJson')} wide error={errors.byField.condition} hint={t('setup.rules.jsonHint')}>
            <textarea className={`${f.control} ${styles.mono}`} rows={8} value={json} onChange={(e) => setJson(e.target.value)} data-testid="rule-json" />
          </FormField>
        )}
        <div>
          <Button variant="ghost" size="sm" onClick={toggleJson} disabled={json !== null && !parseJson(json)} data-testid="rule-toggle-json">
            {json === null ? t('setup.rules.editJson') : t('setup.rules.useBuilder')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function parseJson(json: string): ConditionDraft | null {
  try {
    return fromCondition(JSON.parse(json));
  } catch {
    return null;
  }
}
