import { useTranslation } from 'react-i18next';

import { Link } from 'react-router';

import { Table, type TableColumn } from '@/components/ui/table/table';
import { paths } from '@/config/paths';
import type { MyOpportunitiesQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import type { OpportunitiesView, SortableField } from '../hooks/use-opportunities-view';
import { stageKey } from '../utils/stage-key';
import styles from './opportunities-table.module.css';

export type OpportunityRow = MyOpportunitiesQuery['opportunities']['nodes'][number];

export interface OpportunitiesTableProps {
  rows: readonly OpportunityRow[];
  view: Pick<OpportunitiesView, 'sort' | 'direction'>;
  onSort: (field: SortableField) => void;
  busy?: boolean;
}

export function OpportunitiesTable({ rows, view, onSort, busy }: OpportunitiesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const empty = t('common.empty');

  const sortFor = (field: SortableField) => ({
    direction: view.sort === field ? view.direction : null,
    onSort: () => onSort(field),
  });

  const columns: TableColumn<OpportunityRow>[] = [
    {
      id: 'name',
      header: t('opportunities.columns.name'),
      cell: (row) => (
        <Link to={paths.opportunity.getHref(row.id)} className={styles.name}>
          {row.name}
        </Link>
      ),
      sort: sortFor('name'),
    },
    { id: 'account', header: t('opportunities.columns.account'), cell: (row) => row.account?.name ?? empty },
    {
      id: 'stage',
      header: t('opportunities.columns.stage'),
      cell: (row) => {
        const key = stageKey(row.stageName);
        return <span className={styles.stage}>{key ? t(`stages.${key}`) : row.stageName}</span>;
      },
    },
    {
      id: 'amount',
      header: t('opportunities.columns.amount'),
      align: 'end',
      cell: (row) => (row.amount == null ? empty : format.currency(row.amount)),
      sort: sortFor('amount'),
    },
    {
      id: 'closeDate',
      header: t('opportunities.columns.closeDate'),
      cell: (row) => <time dateTime={row.closeDate}>{format.date(row.closeDate)}</time>,
      sort: sortFor('closeDate'),
    },
    {
      id: 'probability',
      header: t('opportunities.columns.probability'),
      align: 'end',
      cell: (row) => (row.probability == null ? empty : format.percent(row.probability)),
    },
    { id: 'owner', header: t('opportunities.columns.owner'), cell: (row) => row.owner.name },
  ];

  return (
    <Table
      caption={t('opportunities.tableCaption')}
      columns={columns}
      rows={rows}
      getRowKey={(row) => row.id}
      getRowProps={(row) => ({ 'data-testid': 'opportunity-row', 'data-id': row.id })}
      busy={busy}
    />
  );
}
