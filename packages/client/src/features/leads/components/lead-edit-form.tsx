import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import type { LeadDetailFragment, UpdateLeadInput } from '@/gql/graphql';
import { conflictCurrent } from '@/lib/conflict';

import type { useLeadForm } from '../hooks/use-lead-form';
import { saveErrors } from '../utils/form-errors';
import { leadValues, PICK_FIELDS, TEXT_FIELDS, updateInput } from '../utils/lead-form-values';
import { LeadConflict } from './lead-conflict';
import { LeadFormFields } from './lead-form-fields';
import styles from './lead-edit-form.module.css';

export interface LeadEditFormProps {
  lead: LeadDetailFragment;
  form: ReturnType<typeof useLeadForm>;
  statuses: readonly { apiName: string }[];
  saving: boolean;
  save: (input: UpdateLeadInput) => Promise<unknown>;
  reload: () => Promise<{ data?: { lead: LeadDetailFragment } | undefined }>;
  onDone: () => void;
}

/** Edit the lead in place; a stale version shows what changed and offers a reload. */
export function LeadEditForm({ lead, form, statuses, saving, save, reload, onDone }: LeadEditFormProps) {
  const { t } = useTranslation();
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [reloading, setReloading] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = updateInput(form.values, lead);
    if (Object.keys(input).length === 0) return onDone();
    try {
      await save(input);
      onDone();
    } catch (error) {
      const current = conflictCurrent(error);
      setConflict(current);
      if (!current) form.setErrors(saveErrors(error, [...TEXT_FIELDS, ...PICK_FIELDS], t('leads.form.network')));
    }
  };

  const onReload = async () => {
    setReloading(true);
    try {
      const { data } = await reload();
      if (data) form.reset(leadValues(data.lead));
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="lead-edit-form">
      {conflict && <LeadConflict current={conflict} read={leadValues(lead)} onReload={() => void onReload()} reloading={reloading} />}
      {form.errors.general && <Alert>{form.errors.general}</Alert>}
      <LeadFormFields values={form.values} errors={form.errors.byField} onChange={form.change} statuses={statuses} />
      <div className={styles.actions}>
        <Button variant="secondary" onClick={onDone}>
          {t('leads.form.cancel')}
        </Button>
        <Button type="submit" disabled={saving || Boolean(conflict)} data-testid="save-lead">
          {saving ? t('leads.form.saving') : t('leads.form.save')}
        </Button>
      </div>
    </form>
  );
}
