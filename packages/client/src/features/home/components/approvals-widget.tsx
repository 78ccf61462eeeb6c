import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { HomeApprovalsDocument } from '@/gql/graphql';

import styles from './home.module.css';
import { Widget } from './widget';

/** Managers: how many discount requests wait for them, and the way to the queue. */
export function ApprovalsWidget() {
  const { t } = useTranslation();
  const query = useQuery(HomeApprovalsDocument, { fetchPolicy: 'cache-and-network' });
  const count = query.data?.myApprovalQueue.length;

  return (
    <Widget title={t('home.approvals.title')} loading={count === undefined && query.loading} error={count === undefined && query.error} onRetry={() => void query.refetch()} data-testid="home-approvals">
      {count !== undefined && (
        <Link to={paths.approvals.getHref()} className={styles.approvals} data-testid="home-approvals-link" data-count={count}>
          <span className={styles.approvalsCount}>{count}</span>
          <span>{t('home.approvals.pending', { count })}</span>
        </Link>
      )}
    </Widget>
  );
}
