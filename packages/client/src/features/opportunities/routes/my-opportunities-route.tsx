import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Pagination } from '@/components/ui/pagination/pagination';
import { Spinner } from '@/components/ui/spinner/spinner';

import { OpportunitiesTable } from '../components/opportunities-table';
import { useMyOpportunities } from '../hooks/use-my-opportunities';
import { useOpportunitiesView } from '../hooks/use-opportunities-view';
import { useOwnerScope } from '../hooks/use-owner-scope';
import { useSavedViews } from '../hooks/use-saved-views';
import { ListViewBar } from '../components/list-view-bar';
import styles from './my-opportunities-route.module.css';

export function MyOpportunitiesRoute() {
  const { t } = useTranslation();
  const { view, sortBy, applyCriteria, goNext, goPrevious, goFirst } = useOpportunitiesView();
  const { connection, isManager, stale, loading, error, refetch } = useMyOpportunities(view);
  const { userId } = useOwnerScope('mine');
  const saved = useSavedViews(userId);

  const rows = connection?.nodes ?? [];
  const pageInfo = connection?.pageInfo;
  const atTop = Boolean(view.before && pageInfo && !pageInfo.hasPreviousPage);
  const offset = atTop ? 0 : view.offset;
  const onCursorPage = Boolean(view.after || view.before);

  return (
    <div className={styles.page}>
      <title>{`${t('opportunities.pageTitle')} · ${t('app.name')}`}</title>
      <header className={styles.header}>
        <h1 data-testid="page-heading">{t('opportunities.heading')}</h1>
        {loading && connection && <Spinner label={t('opportunities.updating')} />}
      </header>

      <ListViewBar
        criteria={view}
        isManager={isManager}
        savedViews={saved.views}
        onApply={applyCriteria}
        onSave={(name) => saved.save(name, view)}
        onRemove={saved.remove}
      />

      {error && (
        <Alert
          action={
            <div className={styles.actions}>
              <Button variant="secondary" size="sm" onClick={() => void refetch()}>
                {t('opportunities.retry')}
              </Button>
              {onCursorPage && (
                <Button variant="secondary" size="sm" onClick={goFirst}>
                  {t('pagination.first')}
                </Button>
              )}
            </div>
          }
        >
          <span data-testid="opportunities-error">{t('opportunities.error')}</span>
        </Alert>
      )}

      {!connection && loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('opportunities.loading')} showLabel />
        </div>
      )}

      {connection && rows.length === 0 && !error && (
        <p className={layout.placeholder} data-testid="opportunities-empty">
          {t('opportunities.empty')}
        </p>
      )}

      {connection && rows.length > 0 && (
        <>
          <OpportunitiesTable rows={rows} view={view} onSort={sortBy} busy={stale} />
          <Pagination
            from={offset + 1}
            to={offset + rows.length}
            total={connection.totalCount}
            canPrevious={view.before ? Boolean(pageInfo?.hasPreviousPage) : Boolean(view.after)}
            canNext={view.before ? true : Boolean(pageInfo?.hasNextPage)}
            onPrevious={() => pageInfo?.startCursor && goPrevious(pageInfo.startCursor)}
            onNext={() => pageInfo?.endCursor && goNext(pageInfo.endCursor, rows.length)}
            disabled={stale}
          />
        </>
      )}
    </div>
  );
}
