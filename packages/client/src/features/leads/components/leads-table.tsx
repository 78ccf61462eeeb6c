import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge/badge';
import { Table, type TableColumn } from '@/components/ui/table/table';
import { paths } from '@/config/paths';
import type { LeadRowFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import type { LeadSort, LeadsView } from '../hooks/use-leads-view';
import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './leads-table.module.css';

/** An email that may wrap after its "@" when the column is narrow. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

export interface LeadsTableProps {
  rows: readonly LeadRowFragment[];
  view: Pick<LeadsView, 'sort' | 'direction' | 'review'>;
  onSort: (sort: LeadSort) => void;
  busy?: boolean;
}

export function LeadsTable({ rows, view, onSort, busy }: LeadsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = usePicklistLabels();
  const sortFor = (field: LeadSort) =>
    view.review ? undefined : { direction: view.sort === field ? view.direction : null, onSort: () => onSort(field) };

  const columns: TableColumn<LeadRowFragment>[] = [
    {
      id: 'name',
      header: t('leads.columns.name'),
      sort: sortFor('name'),
      cell: (lead) => (
        <span className={styles.identity}>
          <Link to={paths.lead.getHref(lead.id)} className={styles.name} data-testid="lead-link">
            {lead.name}
          </Link>
          {lead.isUnreadByOwner && (
            <Badge tone="info" data-testid="lead-unread">
              {t('leads.unread')}
            </Badge>
          )}
          {lead.email && (
            <span className={styles.email}>
              <EmailText email={lead.email} />
            </span>
          )}
        </span>
      ),
    },
    { id: 'company', header: t('leads.columns.company'), sort: sortFor('company'), cell: (lead) => lead.company },
    {
      id: 'status',
      header: t('leads.columns.status'),
      sort: sortFor('status'),
      cell: (lead) => (
        <Badge className={styles.status} tone={lead.isConverted ? 'success' : lead.status.startsWith('Open') ? 'info' : 'neutral'}>
          {labels.status(lead.status)}
        </Badge>
      ),
    },
    { id: 'leadSource', header: t('leads.columns.leadSource'), sort: sortFor('leadSource'), cell: (lead) => labels.source(lead.leadSource) },
    { id: 'rating', header: t('leads.columns.rating'), sort: sortFor('rating'), cell: (lead) => labels.rating(lead.rating) },
    { id: 'owner', header: t('leads.columns.owner'), cell: (lead) => lead.owner.name },
    {
      id: 'createdDate',
      header: t('leads.columns.createdDate'),
      sort: sortFor('createdDate'),
      cell: (lead) => <time dateTime={lead.createdDate}>{format.date(lead.createdDate)}</time>,
    },
  ];

  return (
    <Table
      caption={t('leads.caption')}
      columns={columns}
      rows={rows}
      busy={busy}
      getRowKey={(lead) => lead.id}
      getRowProps={(lead) => ({ 'data-testid': 'lead-row', 'data-id': lead.id, 'data-status': lead.status })}
    />
  );
}
