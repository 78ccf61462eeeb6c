import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Pagination } from '@/components/ui/pagination/pagination';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';

import { ContactFormDialog } from '../components/contact-form-dialog';
import { ContactsFilters } from '../components/contacts-filters';
import { ContactsTable } from '../components/contacts-table';
import { ExportCsvButton } from '../components/export-csv-button';
import styles from '../components/contacts.module.css';
import { CONTACTS_PAGE_SIZE } from '../config';
import { useContactsList } from '../hooks/use-contacts-list';

export function ContactsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useContactsList();
  const { view, connection, loading, error, stale } = list;
  const [creating, setCreating] = useState(false);
  const rows = connection?.nodes ?? [];
  const pageInfo = connection?.pageInfo;
  const offset = view.before && pageInfo && !pageInfo.hasPreviousPage ? 0 : view.offset;

  return (
    <div className={layout.page}>
      <title>{`${t('contacts.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('contacts.heading')}</h1>
        {loading && connection && <Spinner label={t('contacts.updating')} />}
        <div className={styles.toolbar}>
          <ExportCsvButton filter={list.filter} orderBy={list.orderBy} />
          <Button onClick={() => setCreating(true)} data-testid="new-contact">
            {t('contacts.new')}
          </Button>
        </div>
      </header>

      <ContactsFilters filters={view.filters} onChange={list.setFilter} />

      {error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={list.refetch}>
              {t('contacts.retry')}
            </Button>
          }
        >
          <span data-testid="contacts-error">{t('contacts.error')}</span>
        </Alert>
      )}
      {!connection && loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('contacts.loading')} showLabel />
        </div>
      )}
      {connection && rows.length === 0 && !error && (
        <p className={layout.placeholder} data-testid="contacts-empty">
          {t('contacts.empty')}
        </p>
      )}
      {connection && rows.length > 0 && (
        <>
          <ContactsTable rows={rows} view={view} onSort={list.sortBy} busy={stale} />
          <Pagination
            from={offset + 1}
            to={offset + rows.length}
            total={connection.totalCount}
            canPrevious={view.before ? Boolean(pageInfo?.hasPreviousPage) : Boolean(view.after)}
            canNext={view.before ? true : Boolean(pageInfo?.hasNextPage)}
            onPrevious={() => pageInfo?.startCursor && list.goPrevious(pageInfo.startCursor, CONTACTS_PAGE_SIZE)}
            onNext={() => pageInfo?.endCursor && list.goNext(pageInfo.endCursor, rows.length)}
            disabled={stale}
          />
        </>
      )}
      {creating && (
        <ContactFormDialog
          contact={null}
          onClose={() => setCreating(false)}
          onSaved={(contact) => {
            setCreating(false);
            void navigate(paths.contact.getHref(contact.id));
          }}
        />
      )}
    </div>
  );
}
