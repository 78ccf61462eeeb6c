import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';

import { CampaignTree } from '../components/campaign-tree';
import { useCampaignTreeRoots } from '../hooks/use-campaign-tree-roots';
import { campaignPaths } from '../paths';

/** /campaigns: the campaign hierarchy with its roll-up statistics. */
export function CampaignsRoute() {
  const { t } = useTranslation();
  const { roots, totalCount, hasMore, loading, error, refetch, loadMore } = useCampaignTreeRoots();
  const [loadingMore, setLoadingMore] = useState(false);

  return (
    <div className={layout.page}>
      <title>{`${t('campaigns.tree.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('campaigns.tree.heading')}</h1>
        {loading && roots && <Spinner label={t('campaigns.updating')} />}
        <Link className={layout.pageHeaderLink} to={campaignPaths.calendar.getHref()} data-testid="campaign-calendar-link">
          {t('campaigns.calendar.heading')}
        </Link>
      </header>
      <p className={layout.lead}>{t('campaigns.tree.intro')}</p>

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
        <div className={layout.placeholder}>
          <Spinner label={t('campaigns.tree.loading')} showLabel />
        </div>
      )}

      {roots && roots.length === 0 && !error && (
        <p className={layout.placeholder} data-testid="campaigns-empty">
          {t('campaigns.tree.empty')}
        </p>
      )}

      {roots && roots.length > 0 && (
        <>
          <CampaignTree roots={roots} totalCount={totalCount} label={t('campaigns.tree.label')} />
          <p className={layout.hint}>{t('campaigns.tree.keyboardHint')}</p>
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
