import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { FormField } from '@/components/ui/form-field/form-field';
import select from '@/components/ui/select/select.module.css';
import { UpdateCaseFieldsDocument, type CaseDetailFragment } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { CASE_ORIGINS, CASE_PRIORITIES } from '../utils/sla';
import styles from './case-page.module.css';

type Draft = { status: string; priority: string; origin: string; type: string; reason: string; productName: string; isEscalated: boolean };
const draftOf = (c: CaseDetailFragment): Draft => ({
  status: c.status, priority: c.priority, origin: c.origin ?? '', type: c.type ?? '', reason: c.reason ?? '', productName: c.productName ?? '', isEscalated: c.isEscalated,
});

interface CaseFieldsFormProps {
  record: CaseDetailFragment;
  statuses: Array<{ apiName: string; masterLabel: string; isClosed: boolean }>;
  onConflict: () => void;
}

/** Edits the case's fields with the version read (a stale save is refused: CONFLICT); errors inline. */
export function CaseFieldsForm({ record, statuses, onConflict }: CaseFieldsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(record));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [save, saving] = useMutation(UpdateCaseFieldsDocument);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const submit = async () => {
    setErrors({});
    setMessage(null);
    try {
      await save({
        variables: {
          id: record.id,
          input: { ...draft, origin: draft.origin || undefined, type: draft.type || undefined, reason: draft.reason || undefined, productName: draft.productName || undefined, expectedVersion: record.version },
        },
      });
      setMessage({ tone: 'info', text: t('cases.page.saved') });
    } catch (e) {
      const fields = fieldErrors(e) ?? [];
      if (fields.some((f) => f.code === 'CONFLICT')) {
        setMessage({ tone: 'error', text: t('cases.page.conflict') });
        onConflict();
        return;
      }
      const byField: Record<string, string> = {};
      for (const f of fields) if (f.field) byField[f.field] = f.message;
      setErrors(byField);
      if (!Object.keys(byField).length) setMessage({ tone: 'error', text: serverMessage(e) ?? String(e) });
    }
  };
  const text = (k: 'type' | 'reason' | 'productName', label: string) => (
    <FormField label={label} error={errors[k]}>
      <input className={styles.input} value={draft[k]} onChange={(e) => set(k, e.target.value)} data-testid={`case-${k}`} />
    </FormField>
  );

  return (
    <div className={styles.form} data-testid="case-fields-form">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className={styles.grid}>
        <FormField label={t('cases.page.status')} error={errors.status}>
          <select className={select.select} value={draft.status} onChange={(e) => set('status', e.target.value)} data-testid="case-status">
            {statuses.map((s) => (
              <option key={s.apiName} value={s.apiName}>{s.masterLabel}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('cases.page.priority')} error={errors.priority}>
          <select className={select.select} value={draft.priority} onChange={(e) => set('priority', e.target.value)} data-testid="case-priority">
            {CASE_PRIORITIES.map((p) => (
              <option key={p} value={p}>{t(`cases.priority.${p}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('cases.page.origin')} error={errors.origin}>
          <select className={select.select} value={draft.origin} onChange={(e) => set('origin', e.target.value)} data-testid="case-origin">
            <option value="">—</option>
            {CASE_ORIGINS.map((o) => (
              <option key={o} value={o}>{t(`cases.origin.${o}`)}</option>
            ))}
          </select>
        </FormField>
        {text('type', t('cases.page.type'))}
        {text('reason', t('cases.page.reason'))}
        {text('productName', t('cases.page.product'))}
      </div>
      <div className={styles.actions}>
        <label className={styles.check}>
          <input type="checkbox" checked={draft.isEscalated} onChange={(e) => set('isEscalated', e.target.checked)} />
          {t('cases.page.escalated')}
        </label>
        <Button onClick={() => void submit()} disabled={saving.loading} data-testid="case-save">
          {t('cases.page.save')}
        </Button>
      </div>
    </div>
  );
}
