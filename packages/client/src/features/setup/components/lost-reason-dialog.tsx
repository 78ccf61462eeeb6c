import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { SetupCreateLostReasonDocument, SetupPicklistsDocument, SetupUpdateLostReasonDocument, type SetupLostReasonFragment } from '@/gql/graphql';

import styles from '../setup.module.css';
import { formErrors, noErrors, type FormErrors } from '../utils/errors';

/** Create or edit a lost reason: value, label, order, active. */
export function LostReasonDialog({ reason, nextOrder, onClose }: { reason: SetupLostReasonFragment | null; nextOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [apiName, setApiName] = useState(reason?.apiName ?? '');
  const [masterLabel, setMasterLabel] = useState(reason?.masterLabel ?? '');
  const [sortOrder, setSortOrder] = useState(String(reason?.sortOrder ?? nextOrder));
  const [isActive, setIsActive] = useState(reason?.isActive ?? true);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const opts = { refetchQueries: [{ query: SetupPicklistsDocument }], awaitRefetchQueries: true };
  const [create, c] = useMutation(SetupCreateLostReasonDocument, opts);
  const [update, u] = useMutation(SetupUpdateLostReasonDocument, opts);

  const save = async () => {
    const order = Number(sortOrder);
    if (!Number.isInteger(order) || order < 0) {
      setErrors({ ...noErrors, byField: { sortOrder: t('setup.picklists.badOrder') } });
      return;
    }
    const input = { apiName: apiName.trim(), masterLabel: masterLabel.trim() || apiName.trim(), sortOrder: order, isActive };
    try {
      if (reason) await update({ variables: { id: reason.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (e) {
      setErrors(formErrors(e, ['apiName', 'masterLabel', 'sortOrder'], t('setup.network')));
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      sheetOnPhone
      title={reason ? t('setup.picklists.editReason', { name: reason.masterLabel }) : t('setup.picklists.newReason')}
      data-testid="lost-reason-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('setup.cancel')}</Button>
          <Button onClick={() => void save()} disabled={c.loading || u.loading} data-testid="lost-reason-save">{t('setup.save')}</Button>
        </>
      }
    >
      <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {errors.general && <p className={styles.formError} role="alert">{errors.general}</p>}
        <FormGrid>
          <FormField label={t('setup.picklists.value')} required error={errors.byField.apiName} hint={t('setup.picklists.valueHint')}>
            <input className={f.control} value={apiName} onChange={(e) => setApiName(e.target.value)} data-testid="lost-reason-value" />
          </FormField>
          <FormField label={t('setup.picklists.label')} error={errors.byField.masterLabel}>
            <input className={f.control} value={masterLabel} onChange={(e) => setMasterLabel(e.target.value)} />
          </FormField>
          <FormField label={t('setup.picklists.order')} error={errors.byField.sortOrder}>
            <input className={f.control} type="number" min={0} inputMode="numeric" value={sortOrder} onChange={(e) => setSortOrder(e.target.value)} />
          </FormField>
        </FormGrid>
        <label className={styles.check}><input type="checkbox" checked={isActive} onChange={(e) => setIsActive(e.target.checked)} />{t('setup.active')}</label>
      </form>
    </Dialog>
  );
}
