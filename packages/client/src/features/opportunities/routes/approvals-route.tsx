import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { ApprovalsQueueDocument } from '@/gql/graphql';

import { ApprovalCard, type QueueItem } from '../components/approval-card';
import styles from './approvals-route.module.css';

/** The manager's queue of discount requests waiting for their decision. */
export function ApprovalsRoute() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ApprovalsQueueDocument, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<{ name: string; decision: 'approved' | 'rejected' } | null>(null);
  const items = data?.myApprovalQueue ?? [];

  const onDecided = (item: QueueItem, decision: 'approved' | 'rejected') => {
    setDone({ name: item.opportunity?.name ?? '', decision });
    void refetch();
  };

  return (
    <div className={layout.page}>
      <title>{`${t('opportunities.approvals.title')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('opportunities.approvals.title')}</h1>
        {loading && data && <Spinner label={t('opportunities.updating')} />}
      </header>
      <p className={layout.lead}>{t('opportunities.approvals.lead')}</p>
      <div aria-live="polite">
        {done && (
          <Alert tone="info">
            <span data-testid="approval-done">
              {done.decision === 'approved'
                ? t('opportunities.approvals.approvedNote', { name: done.name })
                : t('opportunities.approvals.rejectedNote', { name: done.name })}
            </span>
          </Alert>
        )}
      </div>
      {error && (
        <Alert action={<Button variant="secondary" size="sm" onClick={() => void refetch()}>{t('opportunities.retry')}</Button>}>
          {t('opportunities.approvals.error')}
        </Alert>
      )}
      {!data && loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('common.loading')} showLabel />
        </div>
      )}
      {data && items.length === 0 && (
        <p className={layout.placeholder} data-testid="approvals-empty">
          {t('opportunities.approvals.empty')}
        </p>
      )}
      {items.length > 0 && (
        <ul className={styles.list} data-testid="approval-queue">
          {items.map((item) => (
            <ApprovalCard key={item.id} item={item} onDecided={onDecided} />
          ))}
        </ul>
      )}
    </div>
  );
}
