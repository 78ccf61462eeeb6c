import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Table, type TableColumn } from '@/components/ui/table/table';
import { paths } from '@/config/paths';
import type { AccountsListQuery } from '@/gql/graphql';
import type { ListView } from '@/hooks/use-list-view';

import type { AccountFilterKey, AccountListSort } from '../config';
import styles from './accounts.module.css';

export type AccountRow = AccountsListQuery['accounts']['nodes'][number];

export interface AccountsTableProps {
  rows: readonly AccountRow[];
  view: ListView<AccountFilterKey, AccountListSort>;
  onSort: (field: AccountListSort) => void;
  busy?: boolean;
}

/** Name, type, industry, billing city, phone, owner; cards on a phone. */
export function AccountsTable({ rows, view, onSort, busy }: AccountsTableProps) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const sortFor = (field: AccountListSort) => ({
    direction: view.sort === field ? view.direction : null,
    onSort: () => onSort(field),
  });
  const columns: TableColumn<AccountRow>[] = [
    {
      id: 'name',
      header: t('accounts.columns.name'),
      cell: (row) => (
        <Link to={paths.account.getHref(row.id)} className={styles.recordLink} data-testid="account-link">
          {row.name}
        </Link>
      ),
      sort: sortFor('name'),
    },
    { id: 'type', header: t('accounts.columns.type'), cell: (row) => row.type ?? empty, sort: sortFor('type') },
    { id: 'industry', header: t('accounts.columns.industry'), cell: (row) => row.industry ?? empty, sort: sortFor('industry') },
    {
      id: 'billingCity',
      header: t('accounts.columns.billingCity'),
      cell: (row) => [row.billingCity, row.billingCountry].filter(Boolean).join(', ') || empty,
      sort: sortFor('billingCity'),
    },
    {
      id: 'phone',
      header: t('accounts.columns.phone'),
      cell: (row) => (row.phone ? <a href={`tel:${row.phone}`} className={styles.phone}>{row.phone}</a> : empty),
    },
    { id: 'owner', header: t('accounts.columns.owner'), cell: (row) => row.owner.name },
  ];
  return (
    <Table
      caption={t('accounts.tableCaption')}
      columns={columns}
      rows={rows}
      getRowKey={(row) => row.id}
      getRowProps={(row) => ({ 'data-testid': 'account-row', 'data-id': row.id })}
      busy={busy}
    />
  );
}
