import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { HomeDealsDocument } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { todayRange } from '../utils/day-range';
import styles from './home.module.css';
import { Widget } from './widget';

/** My open deals, closing soonest first, each a link to update its stage and amount. */
export function DealsWidget({ ownerId }: { ownerId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useQuery(HomeDealsDocument, ownerId ? { variables: { ownerId }, fetchPolicy: 'cache-and-network' } : skipToken);
  const data = query.data?.opportunities;
  const today = useMemo(() => todayRange().today, []);

  return (
    <Widget
      title={t('home.deals.title')}
      link={{ to: paths.opportunities.getHref(), label: t('home.deals.all', { count: data?.totalCount ?? 0 }), testId: 'home-deals-all' }}
      loading={!data && query.loading}
      error={!data && query.error}
      onRetry={() => void query.refetch()}
      data-testid="home-deals"
    >
      {data && data.nodes.length === 0 && <p className={styles.empty}>{t('home.deals.empty')}</p>}
      {data && data.nodes.length > 0 && (
        <ul className={styles.list}>
          {data.nodes.map((o) => (
            <li key={o.id} className={styles.row} data-testid="home-deal" data-id={o.id}>
              <span className={styles.rowMain}>
                <Link to={paths.opportunity.getHref(o.id)} className={styles.rowTitle}>
                  {o.name}
                </Link>
                <span className={styles.rowMeta}>
                  {[o.account?.name, o.stageName].filter(Boolean).join(' · ')}
                </span>
                <span className={o.closeDate < today ? styles.late : styles.rowMeta}>
                  {t(o.closeDate < today ? 'home.deals.pastDue' : 'home.deals.closes', { date: format.date(o.closeDate) })}
                </span>
              </span>
              <span className={styles.rowSide}>
                <span className={styles.amount}>{o.amount != null ? format.currency(o.amount) : t('common.empty')}</span>
                <Link
                  to={paths.opportunity.getHref(o.id)}
                  className={styles.update}
                  aria-label={t('home.deals.updateNamed', { name: o.name })}
                  data-testid="home-deal-update"
                >
                  {t('home.deals.update')}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Widget>
  );
}
