import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { SetupCreateStageDocument, SetupStagesDocument, SetupUpdateStageDocument, type SetupStageFragment } from '@/gql/graphql';

import { FORECAST_CATEGORIES, KEY_FIELDS } from '../config';
import styles from '../setup.module.css';
import { formErrors, noErrors, type FormErrors } from '../utils/errors';

const FIELDS = ['apiName', 'masterLabel', 'defaultProbability', 'forecastCategoryName', 'isClosed', 'isWon', 'isActive', 'guidance', 'keyFields'] as const;

/** Create or edit an opportunity stage: probability, forecast category, closed/won, guidance and key fields. */
export function StageDialog({ stage, onClose }: { stage: SetupStageFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [apiName, setApiName] = useState(stage?.apiName ?? '');
  const [masterLabel, setMasterLabel] = useState(stage?.masterLabel ?? '');
  const [probability, setProbability] = useState(stage ? String(stage.defaultProbability) : '10');
  const [forecast, setForecast] = useState(stage?.forecastCategoryName ?? 'Pipeline');
  const [isClosed, setIsClosed] = useState(stage?.isClosed ?? false);
  const [isWon, setIsWon] = useState(stage?.isWon ?? false);
  const [isActive, setIsActive] = useState(stage?.isActive ?? true);
  const [guidance, setGuidance] = useState(stage?.guidance ?? '');
  const [keyFields, setKeyFields] = useState<string[]>(stage?.keyFields ?? []);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const opts = { refetchQueries: [{ query: SetupStagesDocument }], awaitRefetchQueries: true };
  const [create, c] = useMutation(SetupCreateStageDocument, opts);
  const [update, u] = useMutation(SetupUpdateStageDocument, opts);
  const busy = c.loading || u.loading;

  const save = async () => {
    const n = Number(probability);
    if (probability.trim() === '' || !Number.isFinite(n)) {
      setErrors({ ...noErrors, byField: { defaultProbability: t('setup.stages.badProbability') } });
      return;
    }
    const input = {
      apiName: apiName.trim(),
      masterLabel: masterLabel.trim() || apiName.trim(),
      defaultProbability: n,
      forecastCategoryName: forecast,
      isClosed: isClosed || isWon,
      isWon,
      isActive,
      guidance: guidance.trim() || null,
      keyFields,
    };
    try {
      if (stage) await update({ variables: { id: stage.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (e) {
      setErrors(formErrors(e, FIELDS, t('setup.network')));
    }
  };

  const toggleKey = (name: string, on: boolean) => setKeyFields((list) => (on ? [...list, name] : list.filter((k) => k !== name)));

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      sheetOnPhone
      title={stage ? t('setup.stages.editTitle', { name: stage.masterLabel }) : t('setup.stages.newTitle')}
      data-testid="stage-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('setup.cancel')}</Button>
          <Button onClick={() => void save()} disabled={busy} data-testid="stage-save">{busy ? t('setup.saving') : t('setup.save')}</Button>
        </>
      }
    >
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {errors.general && <p className={styles.formError} role="alert">{errors.general}</p>}
        <FormGrid>
          <FormField label={t('setup.stages.apiName')} required error={errors.byField.apiName} hint={t('setup.stages.apiNameHint')}>
            <input className={f.control} value={apiName} onChange={(e) => setApiName(e.target.value)} data-testid="stage-api-name" />
          </FormField>
          <FormField label={t('setup.stages.label')} error={errors.byField.masterLabel}>
            <input className={f.control} value={masterLabel} onChange={(e) => setMasterLabel(e.target.value)} />
          </FormField>
          <FormField label={t('setup.stages.probability')} required error={errors.byField.defaultProbability}>
            <input className={f.control} type="number" min={0} max={100} inputMode="decimal" value={probability} onChange={(e) => setProbability(e.target.value)} data-testid="stage-probability" />
          </FormField>
          <FormField label={t('setup.stages.forecast')} required error={errors.byField.forecastCategoryName}>
            <select className={f.control} value={forecast} onChange={(e) => setForecast(e.target.value)}>
              {FORECAST_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </FormField>
        </FormGrid>
        <div className={styles.actions}>
          <label className={styles.check}><input type="checkbox" checked={isClosed || isWon} disabled={isWon} onChange={(e) => setIsClosed(e.target.checked)} />{t('setup.stages.closed')}</label>
          <label className={styles.check}><input type="checkbox" checked={isWon} onChange={(e) => setIsWon(e.target.checked)} />{t('setup.stages.won')}</label>
          <label className={styles.check}><input type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} />{t('setup.active')}</label>
        </div>
        {(errors.byField.isClosed || errors.byField.isWon || errors.byField.isActive) && (
          <p className={styles.formError} role="alert">{errors.byField.isClosed ?? errors.byField.isWon ?? errors.byField.isActive}</p>
        )}
        <FormField label={t('setup.stages.guidance')} wide error={errors.byField.guidance} hint={t('setup.stages.guidanceHint')}>
          <textarea className={f.control} value={guidance} onChange={(e) => setGuidance(e.target.value)} data-testid="stage-guidance" />
        </FormField>
        <fieldset className={styles.builder}>
          <legend>{t('setup.stages.keyFields')}</legend>
          <div className={styles.keyFields}>
            {KEY_FIELDS.map((k) => (
              <label key={k} className={styles.check}>
                <input type="checkbox" checked={keyFields.includes(k)} onChange={(e) => toggleKey(k, e.target.checked)} />
                {k}
              </label>
            ))}
          </div>
          {errors.byField.keyFields && <p className={styles.formError} role="alert">{errors.byField.keyFields}</p>}
        </fieldset>
      </form>
    </Dialog>
  );
}
