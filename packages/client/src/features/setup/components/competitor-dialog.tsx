import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { SetupCreateCompetitorDocument, SetupPicklistsDocument, SetupUpdateCompetitorDocument, type SetupCompetitorFragment } from '@/gql/graphql';

import styles from '../setup.module.css';
import { formErrors, noErrors, type FormErrors } from '../utils/errors';

/** Create or edit a competitor: name, strengths, weaknesses, active. */
export function CompetitorDialog({ competitor, onClose }: { competitor: SetupCompetitorFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(competitor?.name ?? '');
  const [strengths, setStrengths] = useState(competitor?.strengths ?? '');
  const [weaknesses, setWeaknesses] = useState(competitor?.weaknesses ?? '');
  const [isActive, setIsActive] = useState(competitor?.isActive ?? true);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const opts = { refetchQueries: [{ query: SetupPicklistsDocument }], awaitRefetchQueries: true };
  const [create, c] = useMutation(SetupCreateCompetitorDocument, opts);
  const [update, u] = useMutation(SetupUpdateCompetitorDocument, opts);

  const save = async () => {
    const input = { name: name.trim(), strengths: strengths.trim() || null, weaknesses: weaknesses.trim() || null, isActive };
    try {
      if (competitor) await update({ variables: { id: competitor.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (e) {
      setErrors(formErrors(e, ['name', 'strengths', 'weaknesses'], t('setup.network')));
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      sheetOnPhone
      title={competitor ? t('setup.picklists.editCompetitor', { name: competitor.name }) : t('setup.picklists.newCompetitor')}
      data-testid="competitor-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('setup.cancel')}</Button>
          <Button onClick={() => void save()} disabled={c.loading || u.loading} data-testid="competitor-save">{t('setup.save')}</Button>
        </>
      }
    >
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {errors.general && <p className={styles.formError} role="alert">{errors.general}</p>}
        <FormField label={t('setup.picklists.name')} required error={errors.byField.name}>
          <input className={f.control} value={name} onChange={(e) => setName(e.target.value)} data-testid="competitor-name" />
        </FormField>
        <FormField label={t('setup.picklists.strengths')} error={errors.byField.strengths}>
          <textarea className={f.control} value={strengths} onChange={(e) => setStrengths(e.target.value)} />
        </FormField>
        <FormField label={t('setup.picklists.weaknesses')} error={errors.byField.weaknesses}>
          <textarea className={f.control} value={weaknesses} onChange={(e) => setWeaknesses(e.target.value)} />
        </FormField>
        <label className={styles.check}><input type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} />{t('setup.active')}</label>
      </form>
    </Dialog>
  );
}
