import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';

import { CampaignTree } from '../components/campaign-tree';
import { useCampaignTreeRoots } from '../hooks/use-campaign-tree-roots';
import { campaignPaths } from '../paths';
import styles from './campaigns-route.module.css';

/** /campaigns: the campaign hierarchy with its roll-up statistics. */
export function CampaignsRoute() {
  const { t } = useTranslation();
  const { roots, totalCount, hasMore, loading, error, refetch, loadMore } = useCampaignTreeRoots();
  const [loadingMore, setLoadingMore] = useState(false);

  return (
    <div className={styles.page}>
      <title>{`${t('campaigns.tree.pageTitle')} · ${t('app.name')}`}</title>
      <header className={styles.header}>
        <h1 data-testid="page-heading">{t('campaigns.tree.heading')}</h1>
        {loading && roots && <Spinner label={t('campaigns.updating')} />}
        <Link className={styles.headerLink} to={campaignPaths.calendar.getHref()} data-testid="campaign-calendar-link">
          {t('campaigns.calendar.heading')}
        </Link>
      </header>
      <p className={styles.intro}>{t('campaigns.tree.intro')}</p>

      {error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void refetch()}>
              {t('campaigns.retry')}
            </Button>
          }
        >
          <span data-testid="campaigns-error">{t('campaigns.tree.error')}</span>
        </Alert>
      )}

      {!roots && loading && (
        <div className={styles.placeholder}>
          <Spinner label={t('campaigns.tree.loading')} showLabel />
        </div>
      )}

      {roots && roots.length === 0 && !error && (
        <p className={styles.placeholder} data-testid="campaigns-empty">
          {t('campaigns.tree.empty')}
        </p>
      )}

      {roots && roots.length > 0 && (
        <>
          <CampaignTree roots={roots} totalCount={totalCount} label={t('campaigns.tree.label')} />
          <p className={styles.hint}>{t('campaigns.tree.keyboardHint')}</p>
          {hasMore && (
            <div>
              <Button
                variant="secondary"
                disabled={loadingMore}
                onClick={() => {
                  setLoadingMore(true);
                  void loadMore().finally(() => setLoadingMore(false));
                }}
              >
                {t('campaigns.tree.showMore', { shown: roots.length, total: totalCount })}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
