import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import { FormField } from '@/components/ui/form-field/form-field';
import { AddCaseCommentDocument, type CaseDetailFragment } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import styles from './case-page.module.css';

interface CaseCommentsProps {
  caseId: string;
  comments: CaseDetailFragment['comments']['nodes'];
  onAdded: () => void;
}

/** The case's comments, oldest first, and a box to add one (kept on error). */
export function CaseComments({ caseId, comments, onAdded }: CaseCommentsProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [isPublished, setPublished] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [add, adding] = useMutation(AddCaseCommentDocument);
  const submit = async () => {
    setError(null);
    try {
      await add({ variables: { input: { caseId, body, isPublished } } });
      setBody('');
      onAdded();
    } catch (e) {
      setError(fieldErrors(e)?.[0]?.message ?? serverMessage(e) ?? String(e));
    }
  };
  return (
    <div className={styles.form}>
      <ol className={styles.timeline} data-testid="case-comments">
        {comments.map((c) => (
          <li key={c.id} className={`${styles.comment} ${c.isResolution ? styles.resolution : ''}`}>
            <span className={styles.meta}>
              <strong>{c.createdBy?.name}</strong>
              <time dateTime={c.createdDate}>{new Date(c.createdDate).toLocaleString()}</time>
              {c.isResolution && <Badge tone="success">{t('cases.page.resolutionNote')}</Badge>}
              {!c.isPublished && <Badge tone="neutral">{t('cases.page.internal')}</Badge>}
            </span>
            {c.body}
          </li>
        ))}
      </ol>
      <FormField label={t('cases.page.comment')} error={error}>
        <textarea className={styles.textarea} rows={3} placeholder={t('cases.page.commentPlaceholder')} value={body} onChange={(e) => setBody(e.target.value)} data-testid="comment-body" />
      </FormField>
      <div className={styles.actions}>
        <label className={styles.check}>
          <input type="checkbox" checked={isPublished} onChange={(e) => setPublished(e.target.checked)} />
          {t('cases.page.published')}
        </label>
        <Button onClick={() => void submit()} disabled={adding.loading || !body.trim()} data-testid="comment-post">
          {t('cases.page.post')}
        </Button>
      </div>
    </div>
  );
}
