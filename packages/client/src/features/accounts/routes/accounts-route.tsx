import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Pagination } from '@/components/ui/pagination/pagination';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';

import { AccountFormDialog } from '../components/account-form-dialog';
import { AccountsFilters } from '../components/accounts-filters';
import { AccountsTable } from '../components/accounts-table';
import { ExportCsvButton } from '../components/export-csv-button';
import styles from '../components/accounts.module.css';
import { ACCOUNTS_PAGE_SIZE } from '../config';
import { useAccountsList } from '../hooks/use-accounts-list';

export function AccountsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useAccountsList();
  const { view, connection, loading, error, stale } = list;
  const [creating, setCreating] = useState(false);
  const rows = connection?.nodes ?? [];
  const pageInfo = connection?.pageInfo;
  const offset = view.before && pageInfo && !pageInfo.hasPreviousPage ? 0 : view.offset;

  return (
    <div className={layout.page}>
      <title>{`${t('accounts.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('accounts.heading')}</h1>
        {loading && connection && <Spinner label={t('accounts.updating')} />}
        <div className={styles.toolbar}>
          <ExportCsvButton filter={list.filter} orderBy={list.orderBy} />
          <Button onClick={() => setCreating(true)} data-testid="new-account">
            {t('accounts.new')}
          </Button>
        </div>
      </header>

      <AccountsFilters filters={view.filters} onChange={list.setFilter} />

      {error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={list.refetch}>
              {t('accounts.retry')}
            </Button>
          }
        >
          <span data-testid="accounts-error">{t('accounts.error')}</span>
        </Alert>
      )}

      {!connection && loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('accounts.loading')} showLabel />
        </div>
      )}

      {connection && rows.length === 0 && !error && (
        <p className={layout.placeholder} data-testid="accounts-empty">
          {t('accounts.empty')}
        </p>
      )}

      {connection && rows.length > 0 && (
        <>
          <AccountsTable rows={rows} view={view} onSort={list.sortBy} busy={stale} />
          <Pagination
            from={offset + 1}
            to={offset + rows.length}
            total={connection.totalCount}
            canPrevious={view.before ? Boolean(pageInfo?.hasPreviousPage) : Boolean(view.after)}
            canNext={view.before ? true : Boolean(pageInfo?.hasNextPage)}
            onPrevious={() => pageInfo?.startCursor && list.goPrevious(pageInfo.startCursor, ACCOUNTS_PAGE_SIZE)}
            onNext={() => pageInfo?.endCursor && list.goNext(pageInfo.endCursor, rows.length)}
            disabled={stale}
          />
        </>
      )}

      {creating && (
        <AccountFormDialog
          account={null}
          onClose={() => setCreating(false)}
          onSaved={(account) => {
            setCreating(false);
            void navigate(paths.account.getHref(account.id));
          }}
        />
      )}
    </div>
  );
}
