import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Pagination } from '@/components/ui/pagination/pagination';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';

import { LeadsFilters } from '../components/leads-filters';
import { LeadsTable } from '../components/leads-table';
import { useLeads } from '../hooks/use-leads';
import { hasFilters, useLeadsView } from '../hooks/use-leads-view';
import { useLeadsViewer } from '../hooks/use-leads-viewer';
import styles from './leads-route.module.css';

/** /leads: every lead the caller may see, filtered in the URL; `?view=review`: new leads to review. */
export function LeadsRoute() {
  const { t } = useTranslation();
  const nav = useLeadsView();
  const { view } = nav;
  const viewer = useLeadsViewer();
  const { connection, stale, loading, error, refetch } = useLeads(view, viewer.me?.id);

  const rows = connection?.nodes ?? [];
  const pageInfo = connection?.pageInfo;
  const offset = view.before && pageInfo && !pageInfo.hasPreviousPage ? 0 : view.offset;
  const heading = view.review ? t('leads.review.heading') : t('leads.heading');

  return (
    <div className={layout.page}>
      <title>{`${heading} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{heading}</h1>
        {loading && connection && <Spinner label={t('leads.updating')} />}
        <Link to={paths.newLead.getHref()} className={styles.newLead} data-testid="new-lead">
          {t('leads.new')}
        </Link>
      </header>

      <nav className={styles.views} aria-label={t('leads.views')}>
        <Link to={paths.leads.getHref()} aria-current={view.review ? undefined : 'page'} className={styles.view} data-testid="view-all">
          {t('leads.allLeads')}
        </Link>
        <Link
          to={paths.leads.getHref('view=review')}
          aria-current={view.review ? 'page' : undefined}
          className={styles.view}
          data-testid="view-review"
        >
          {t('leads.review.tab')}
        </Link>
      </nav>

      {view.review ? (
        <p className={layout.lead}>{t('leads.review.intro')}</p>
      ) : (
        <LeadsFilters filters={view} statuses={viewer.statuses} onChange={nav.setFilters} onClear={nav.clearFilters} />
      )}

      {(error || viewer.error) && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void (viewer.error ? viewer.refetch() : refetch())}>
              {t('leads.retry')}
            </Button>
          }
        >
          <span data-testid="leads-error">{t('leads.error')}</span>
        </Alert>
      )}

      {!connection && loading && !error && (
        <div className={layout.placeholder}>
          <Spinner label={t('leads.loading')} showLabel />
        </div>
      )}

      {connection && rows.length === 0 && !error && (
        <p className={layout.placeholder} data-testid="leads-empty">
          {view.review ? t('leads.review.empty') : hasFilters(view) ? t('leads.emptyFiltered') : t('leads.empty')}
        </p>
      )}

      {connection && rows.length > 0 && (
        <>
          <LeadsTable rows={rows} view={view} onSort={nav.sortBy} busy={stale} />
          <Pagination
            from={offset + 1}
            to={offset + rows.length}
            total={connection.totalCount}
            canPrevious={view.before ? Boolean(pageInfo?.hasPreviousPage) : Boolean(view.after)}
            canNext={view.before ? true : Boolean(pageInfo?.hasNextPage)}
            onPrevious={() => pageInfo?.startCursor && nav.goPrevious(pageInfo.startCursor)}
            onNext={() => pageInfo?.endCursor && nav.goNext(pageInfo.endCursor, rows.length)}
            disabled={stale}
          />
        </>
      )}
    </div>
  );
}
