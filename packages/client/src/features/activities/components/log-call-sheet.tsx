import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, formFieldStyles } from '@/components/ui/form-field/form-field';
import { LogACallDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';
import type { RecordRef } from '@/types/record-slots';

import { CALL_RESULTS } from '../config';
import { activityLinks } from '../utils/record-input';
import { DictationButton } from './dictation-button';
import styles from './log-call-sheet.module.css';
import { RecordPicker } from './record-picker';

export interface LogCallSheetProps {
  open: boolean;
  onClose: () => void;
  /** The record the call is about; null lets the user pick one (global Log a Call). */
  record: RecordRef | null;
  onLogged?: (record: RecordRef) => void;
}

const EMPTY = { subject: 'Call', comments: '', result: '' };
const REFETCH = ['ActivityTimeline', 'HomeToday'];

/** Log a Call: defaults (Call, Completed, today, this record) so that one tap on Save is enough. */
export function LogCallSheet({ open, onClose, record, onLogged }: LogCallSheetProps) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  // Kept while the sheet is closed: a draft survives an accidental close.
  const [draft, setDraft] = useState(EMPTY);
  const [picked, setPicked] = useState<RecordRef | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [logCall, { loading }] = useMutation(LogACallDocument, { refetchQueries: REFETCH });
  const target = record ?? picked;
  const pickerRef = useRef<HTMLDivElement>(null);
  // Without a record the first thing to do is to type a name: focus it (the dialog is open by now).
  useEffect(() => {
    if (open && !record && !picked) pickerRef.current?.querySelector('input')?.focus();
  }, [open, record, picked]);

  const set = (field: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      setErrors({ record: t('activities.logCall.pickRequired') });
      return;
    }
    setErrors({});
    setFailure(null);
    try {
      await logCall({
        variables: {
          input: {
            ...activityLinks(target),
            subject: draft.subject.trim() || 'Call',
            description: draft.comments.trim() || null,
            callDisposition: draft.result || null,
          },
        },
      });
    } catch (error) {
      const list = fieldErrors(error);
      if (!list) return setFailure(t('activities.errors.network'));
      const byField: Record<string, string> = {};
      const general: string[] = [];
      for (const e of list) {
        const field = e.field && ['subject', 'description', 'callDisposition'].includes(e.field) ? e.field : null;
        if (field) byField[field] = e.message;
        else general.push(e.message);
      }
      setErrors(byField);
      if (general.length) setFailure(t('activities.errors.server', { message: general.join(' ') }));
      return;
    }
    setDraft(EMPTY);
    setPicked(null);
    onLogged?.(target);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={target ? t('activities.logCall.titleOn', { name: target.name }) : t('activities.logCall.title')}
      data-testid="log-call-sheet"
      footer={
        <div className={styles.footer}>
          <Button variant="secondary" className={styles.footerButton} onClick={onClose}>
            {t('activities.cancel')}
          </Button>
          <Button type="submit" form={formId} className={styles.footerButton} disabled={loading} data-testid="log-call-save">
            {loading ? t('activities.saving') : t('activities.save')}
          </Button>
        </div>
      }
    >
      <form id={formId} className={styles.form} onSubmit={onSubmit} noValidate>
        {failure && <Alert>{failure}</Alert>}
        {!record && (
          <div ref={pickerRef}>
            <FormField label={t('activities.logCall.record')} error={errors.record} required>
              <RecordPicker
                value={picked}
                onChange={(r) => {
                  setPicked(r);
                  setErrors({});
                }}
              />
            </FormField>
          </div>
        )}
        <FormField label={t('activities.logCall.subject')} error={errors.subject}>
          <input
            className={formFieldStyles.control}
            value={draft.subject}
            onChange={(e) => set('subject')(e.target.value)}
            maxLength={255}
            data-testid="log-call-subject"
          />
        </FormField>
        <div className={styles.commentsRow}>
          <FormField label={t('activities.logCall.comments')} error={errors.description}>
            <textarea
              className={formFieldStyles.control}
              value={draft.comments}
              onChange={(e) => set('comments')(e.target.value)}
              rows={3}
              data-testid="log-call-comments"
            />
          </FormField>
          <DictationButton
            language={i18n.resolvedLanguage ?? i18n.language}
            onText={(text) => setDraft((d) => ({ ...d, comments: d.comments ? `${d.comments} ${text}` : text }))}
          />
        </div>
        <FormField label={t('activities.logCall.result')} error={errors.callDisposition}>
          <select
            className={formFieldStyles.control}
            value={draft.result}
            onChange={(e) => set('result')(e.target.value)}
            data-testid="log-call-result"
          >
            <option value="">{t('activities.logCall.noResult')}</option>
            {CALL_RESULTS.map((r) => (
              <option key={r.key} value={r.value}>
                {t(`activities.callResults.${r.key}`)}
              </option>
            ))}
          </select>
        </FormField>
        <p className={styles.defaults}>{t('activities.logCall.defaults')}</p>
      </form>
    </Dialog>
  );
}
