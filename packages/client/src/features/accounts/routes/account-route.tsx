import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { AccountDetailDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';
import type { RecordRef, RecordSlots } from '@/types/record-slots';

import { AccountActivitiesSection, AccountCampaignsSection, AccountTerritoriesSection } from '../components/account-activity-sections';
import { AccountContactsSection } from '../components/account-contacts-section';
import { AccountDetails } from '../components/account-details';
import { AccountFormDialog } from '../components/account-form-dialog';
import { AccountHierarchySection } from '../components/account-hierarchy-section';
import styles from '../components/account-page.module.css';
import { AccountCasesSection, AccountOpportunitiesSection } from '../components/account-related-sections';
import { billingOneLine } from '../utils/address';

/** The account's 360 view: header and details first, every related list with its own lazy query. */
export function AccountRoute({ renderQuickActions, renderTimeline, renderPosts }: RecordSlots = {}) {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const query = useQuery(AccountDetailDocument, { variables: { id: accountId } });
  const [editing, setEditing] = useState(false);
  const account = query.data?.account;

  if (!account) {
    const notFound = fieldErrors(query.error)?.some((e) => e.code === 'NOT_FOUND');
    return (
      <div className={layout.page}>
        {query.loading && (
          <div className={layout.placeholder}>
            <Spinner label={t('accounts.loadingOne')} showLabel />
          </div>
        )}
        {query.error && (
          <Alert
            action={
              !notFound && (
                <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                  {t('accounts.retry')}
                </Button>
              )
            }
          >
            <span data-testid="account-error">{notFound ? t('accounts.notFound') : t('accounts.errorOne')}</span>
          </Alert>
        )}
        <Link to={paths.accounts.getHref()}>{t('accounts.backToList')}</Link>
      </div>
    );
  }

  const record: RecordRef = {
    objectType: 'Account',
    id: account.id,
    name: account.name,
    whoId: account.personContact?.id ?? null,
    whatId: account.id,
    accountId: account.id,
    phone: account.phone ?? account.personMobilePhone ?? null,
    address: billingOneLine(account),
  };
  const subtitle = [account.type, account.industry, account.billingCity].filter(Boolean).join(' · ');

  return (
    <div className={layout.page} data-testid="account-page">
      <title>{`${account.name} · ${t('app.name')}`}</title>
      <nav aria-label={t('accounts.breadcrumb')}>
        <Link to={paths.accounts.getHref()}>{t('accounts.heading')}</Link>
      </nav>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title} data-testid="page-heading">
            {account.name}
          </h1>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        </div>
        {account.isPersonAccount && <Badge tone="accent">{t('accounts.personAccount')}</Badge>}
        <div className={styles.headerActions}>
          <Button variant="secondary" onClick={() => setEditing(true)} data-testid="edit-account">
            {t('accounts.edit')}
          </Button>
        </div>
      </header>

      {renderQuickActions?.(record)}

      {/* Two columns on a desktop; one on a phone, where the related lists come right after the details. */}
      <div className={styles.columns}>
        <div className={styles.column}>
          <div className={styles.slot} style={{ order: 1 }}>
            <AccountDetails account={account} />
          </div>
          <div className={styles.slot} style={{ order: 6 }}>
            <AccountHierarchySection accountId={account.id} />
          </div>
          <div className={styles.slot} style={{ order: 7 }}>
            <AccountTerritoriesSection accountId={account.id} />
          </div>
          <div className={styles.slot} style={{ order: 8 }}>
            <AccountCampaignsSection accountId={account.id} />
          </div>
        </div>
        <div className={styles.column}>
          <div className={styles.slot} style={{ order: 2 }}>
            <AccountContactsSection accountId={account.id} accountName={account.name} />
          </div>
          <div className={styles.slot} style={{ order: 3 }}>
            <AccountOpportunitiesSection accountId={account.id} />
          </div>
          <div className={styles.slot} style={{ order: 4 }}>
            <AccountCasesSection accountId={account.id} />
          </div>
          <div className={styles.slot} style={{ order: 5 }}>
            {/* The activities feature's timeline (tasks and events) when the router gives one; else our own list. */}
            {renderTimeline ? renderTimeline(record) : <AccountActivitiesSection accountId={account.id} />}
            {renderPosts?.(record)}
          </div>
        </div>
      </div>

      {editing && (
        <AccountFormDialog
          account={account}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={async () => (await query.refetch()).data?.account}
        />
      )}
    </div>
  );
}
