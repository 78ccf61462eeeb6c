import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, formFieldStyles } from '@/components/ui/form-field/form-field';
import { CreateQuickTaskDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';
import type { RecordRef } from '@/types/record-slots';

import { activityLinks, localToday } from '../utils/record-input';
import styles from './log-call-sheet.module.css';

const FIELDS = ['subject', 'activityDate', 'description'];

/** New Task on a record: a subject and a due date (today by default), status left to the org's default. */
export function NewTaskSheet({ open, onClose, record }: { open: boolean; onClose: () => void; record: RecordRef }) {
  const { t } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState(() => ({ subject: '', activityDate: localToday(), description: '' }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createTask, { loading }] = useMutation(CreateQuickTaskDocument, { refetchQueries: ['ActivityTimeline', 'HomeToday'] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.subject.trim()) return setErrors({ subject: t('activities.newTask.subjectRequired') });
    setErrors({});
    setFailure(null);
    try {
      await createTask({
        variables: {
          input: {
            ...activityLinks(record),
            subject: draft.subject.trim(),
            activityDate: draft.activityDate || null,
            description: draft.description.trim() || null,
          },
        },
      });
    } catch (error) {
      const list = fieldErrors(error);
      if (!list) return setFailure(t('activities.errors.network'));
      const byField: Record<string, string> = {};
      for (const e of list) if (e.field && FIELDS.includes(e.field)) byField[e.field] = e.message;
      setErrors(byField);
      const general = list.filter((e) => !e.field || !FIELDS.includes(e.field)).map((e) => e.message);
      if (general.length) setFailure(t('activities.errors.server', { message: general.join(' ') }));
      return;
    }
    setDraft({ subject: '', activityDate: localToday(), description: '' });
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('activities.newTask.titleOn', { name: record.name })}
      data-testid="new-task-sheet"
      footer={
        <div className={styles.footer}>
          <Button variant="secondary" className={styles.footerButton} onClick={onClose}>
            {t('activities.cancel')}
          </Button>
          <Button type="submit" form={formId} className={styles.footerButton} disabled={loading} data-testid="new-task-save">
            {loading ? t('activities.saving') : t('activities.save')}
          </Button>
        </div>
      }
    >
      <form id={formId} className={styles.form} onSubmit={onSubmit} noValidate>
        {failure && <Alert>{failure}</Alert>}
        <FormField label={t('activities.newTask.subject')} error={errors.subject} required>
          <input
            className={formFieldStyles.control}
            value={draft.subject}
            onChange={(e) => setDraft((d) => ({ ...d, subject: e.target.value }))}
            maxLength={255}
            list={`${formId}-subjects`}
            data-testid="new-task-subject"
          />
        </FormField>
        <datalist id={`${formId}-subjects`}>
          {(['call', 'email', 'sendQuote', 'sendLetter'] as const).map((k) => (
            <option key={k} value={t(`activities.newTask.subjects.${k}`)} />
          ))}
        </datalist>
        <FormField label={t('activities.newTask.dueDate')} error={errors.activityDate}>
          <input
            type="date"
            className={formFieldStyles.control}
            value={draft.activityDate}
            onChange={(e) => setDraft((d) => ({ ...d, activityDate: e.target.value }))}
          />
        </FormField>
        <FormField label={t('activities.newTask.comments')} error={errors.description}>
          <textarea
            className={formFieldStyles.control}
            value={draft.description}
            onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
            rows={3}
          />
        </FormField>
      </form>
    </Dialog>
  );
}
