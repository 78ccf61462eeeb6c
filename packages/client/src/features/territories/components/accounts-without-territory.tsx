import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Pagination } from '@/components/ui/pagination/pagination';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import { AccountsWithoutTerritoryDocument, type AccountsWithoutTerritoryQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { UNASSIGNED_PAGE_SIZE } from '../config';
import styles from './accounts-without-territory.module.css';

type Account = AccountsWithoutTerritoryQuery['accountsWithoutTerritory']['nodes'][number];

interface Page {
  after?: string | null;
  before?: string | null;
  /** 0-based index of the page's first row. */
  offset: number;
}

/** The accounts (visible to the user) that no territory of the model holds, by name, a page at a time. */
export function AccountsWithoutTerritory({ modelId }: { modelId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState<Page>({ offset: 0 });
  // Another model starts from its first page.
  const [seenModel, setSeenModel] = useState(modelId);
  if (seenModel !== modelId) {
    setSeenModel(modelId);
    setPage({ offset: 0 });
  }
  const variables = page.before
    ? { modelId, last: UNASSIGNED_PAGE_SIZE, before: page.before }
    : { modelId, first: UNASSIGNED_PAGE_SIZE, after: page.after ?? null };
  const query = useQuery(AccountsWithoutTerritoryDocument, { variables, fetchPolicy: 'cache-and-network' });
  const connection = query.data?.accountsWithoutTerritory ?? query.previousData?.accountsWithoutTerritory;
  const rows = connection?.nodes ?? [];
  const total = connection?.totalCount ?? 0;

  const columns: TableColumn<Account>[] = [
    { id: 'name', header: t('territories.unassigned.columns.name'), cell: (a) => <span className={styles.name}>{a.name}</span> },
    {
      id: 'location',
      header: t('territories.unassigned.columns.location'),
      cell: (a) => [a.billingCity, a.billingCountry].filter(Boolean).join(', ') || t('common.empty'),
    },
    { id: 'type', header: t('territories.unassigned.columns.type'), cell: (a) => a.type ?? t('common.empty') },
    {
      id: 'revenue',
      header: t('territories.metrics.totalAnnualRevenue'),
      align: 'end',
      cell: (a) => (a.annualRevenue == null ? t('common.empty') : format.currency(a.annualRevenue)),
    },
    { id: 'owner', header: t('territories.unassigned.columns.owner'), cell: (a) => a.owner.name },
  ];

  return (
    <section className={layout.section} aria-labelledby="accounts-without-territory-heading" data-testid="accounts-without-territory">
      <div className={layout.sectionHeader}>
        <h2 id="accounts-without-territory-heading" className={layout.sectionHeading}>
          {t('territories.unassigned.heading')}
        </h2>
        {query.loading && connection && <Spinner label={t('territories.updating')} />}
      </div>
      <p className={layout.lead}>{t('territories.unassigned.help')}</p>
      {query.error && !connection && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
              {t('territories.retry')}
            </Button>
          }
        >
          {t('territories.unassigned.error')}
        </Alert>
      )}
      {!connection && query.loading && <Spinner label={t('territories.unassigned.loading')} showLabel />}
      {connection && rows.length === 0 && (
        <p className={layout.placeholderCompact} data-testid="accounts-without-territory-empty">
          {t('territories.unassigned.empty')}
        </p>
      )}
      {connection && rows.length > 0 && (
        <>
          <Table
            caption={t('territories.unassigned.heading')}
            columns={columns}
            rows={rows}
            busy={query.loading}
            getRowKey={(a) => a.id}
            getRowProps={(a) => ({ 'data-testid': 'unassigned-account', 'data-name': a.name })}
          />
          <Pagination
            from={page.offset + 1}
            to={page.offset + rows.length}
            total={total}
            canPrevious={page.offset > 0 && Boolean(connection.pageInfo.startCursor)}
            canNext={page.offset + rows.length < total && Boolean(connection.pageInfo.endCursor)}
            disabled={query.loading}
            onPrevious={() =>
              setPage({ before: connection.pageInfo.startCursor, offset: Math.max(0, page.offset - UNASSIGNED_PAGE_SIZE) })
            }
            onNext={() => setPage({ after: connection.pageInfo.endCursor, offset: page.offset + rows.length })}
          />
        </>
      )}
    </section>
  );
}
