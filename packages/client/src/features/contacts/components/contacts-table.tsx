import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Table, type TableColumn } from '@/components/ui/table/table';
import { paths } from '@/config/paths';
import type { ContactsListQuery } from '@/gql/graphql';
import type { ListView } from '@/hooks/use-list-view';

import type { ContactFilterKey, ContactListSort } from '../config';
import styles from './contacts.module.css';

export type ContactRow = ContactsListQuery['contacts']['nodes'][number];

export interface ContactsTableProps {
  rows: readonly ContactRow[];
  view: ListView<ContactFilterKey, ContactListSort>;
  onSort: (field: ContactListSort) => void;
  busy?: boolean;
}

export function ContactsTable({ rows, view, onSort, busy }: ContactsTableProps) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const sortFor = (field: ContactListSort) => ({ direction: view.sort === field ? view.direction : null, onSort: () => onSort(field) });
  const columns: TableColumn<ContactRow>[] = [
    {
      id: 'name',
      header: t('contacts.columns.name'),
      cell: (row) => (
        <Link to={paths.contact.getHref(row.id)} className={styles.recordLink} data-testid="contact-link">
          {row.name}
        </Link>
      ),
      sort: sortFor('name'),
    },
    {
      id: 'account',
      header: t('contacts.columns.account'),
      cell: (row) => (row.account ? <Link to={paths.account.getHref(row.account.id)}>{row.account.name}</Link> : empty),
    },
    { id: 'title', header: t('contacts.columns.title'), cell: (row) => row.title ?? empty, sort: sortFor('title') },
    {
      id: 'email',
      header: t('contacts.columns.email'),
      cell: (row) => (row.email ? <a href={`mailto:${row.email}`} className={styles.wrap}>{row.email}</a> : empty),
      sort: sortFor('email'),
    },
    {
      id: 'phone',
      header: t('contacts.columns.phone'),
      cell: (row) => {
        const phone = row.mobilePhone ?? row.phone;
        return phone ? <a href={`tel:${phone}`} className={styles.phone}>{phone}</a> : empty;
      },
    },
    { id: 'city', header: t('contacts.columns.city'), cell: (row) => row.mailingCity ?? empty, sort: sortFor('mailingCity') },
    { id: 'owner', header: t('contacts.columns.owner'), cell: (row) => row.owner.name },
  ];
  return (
    <Table
      caption={t('contacts.tableCaption')}
      columns={columns}
      rows={rows}
      getRowKey={(row) => row.id}
      getRowProps={(row) => ({ 'data-testid': 'contact-row', 'data-id': row.id })}
      busy={busy}
    />
  );
}
