import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { HomeLeadsDocument, HomeLeadStatusesDocument } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import styles from './home.module.css';
import { Widget } from './widget';

/** New leads to review: mine, unconverted, in the default status; links to the review list and each lead. */
export function LeadsWidget({ ownerId }: { ownerId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const statuses = useQuery(HomeLeadStatusesDocument);
  const status = statuses.data?.leadStatuses.find((s) => s.isDefault)?.apiName;
  const query = useQuery(HomeLeadsDocument, ownerId && status ? { variables: { ownerId, status }, fetchPolicy: 'cache-and-network' } : skipToken);
  const data = query.data?.leads;

  return (
    <Widget
      title={t('home.leads.title')}
      link={{ to: paths.leads.getHref('view=review'), label: t('home.leads.review', { count: data?.totalCount ?? 0 }), testId: 'home-leads-review' }}
      loading={!data && (statuses.loading || query.loading)}
      error={!data && (statuses.error ?? query.error)}
      onRetry={() => void (statuses.error ? statuses.refetch() : query.refetch())}
      data-testid="home-leads"
    >
      {data && data.nodes.length === 0 && <p className={styles.empty}>{t('home.leads.empty')}</p>}
      {data && data.nodes.length > 0 && (
        <ul className={styles.list}>
          {data.nodes.map((lead) => (
            <li key={lead.id} className={styles.row} data-testid="home-lead">
              <span className={styles.rowMain}>
                <Link to={paths.lead.getHref(lead.id)} className={styles.rowTitle}>
                  {lead.name}
                </Link>
                <span className={styles.rowMeta}>
                  {[lead.company, format.date(lead.createdDate)].filter(Boolean).join(' · ')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Widget>
  );
}
