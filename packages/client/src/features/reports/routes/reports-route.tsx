import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import buttonStyles from '@/components/ui/button/button.module.css';
import layout from '@/components/ui/layout/layout.module.css';
import select from '@/components/ui/select/select.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import { ReportFoldersDocument, ReportTypesDocument, SavedReportsDocument, type SavedReportFieldsFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';
import { serverMessage } from '@/lib/server-error';

import styles from '../components/report-builder.module.css';
import { useReportsT } from '../i18n';
import { reportPaths } from '../paths';

const PAGE = 50;

/** Saved reports by folder (URL ?folder=), with when they last ran and how often. */
export function ReportsRoute() {
  const t = useReportsT();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const folderId = params.get('folder');
  const [search, setSearch] = useState('');
  const folders = useQuery(ReportFoldersDocument, { fetchPolicy: 'cache-and-network' });
  const list = useQuery(SavedReportsDocument, { variables: { folderId, search: search.trim() || null, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const rows = list.data?.reports.nodes ?? [];
  const types = useQuery(ReportTypesDocument);
  const typeLabel = (name: string) => types.data?.reportTypes.find((x) => x.name === name)?.label ?? name;

  const columns: TableColumn<SavedReportFieldsFragment>[] = [
    {
      id: 'name',
      header: t('list.name'),
      cell: (r) => (
        <Link to={reportPaths.report.getHref(r.id)} data-testid="report-link">
          {r.name}
        </Link>
      ),
    },
    { id: 'folder', header: t('save.folder'), cell: (r) => r.folder?.name ?? t('save.private') },
    { id: 'type', header: t('builder.type'), cell: (r) => typeLabel(r.reportType) },
    { id: 'lastRun', header: t('list.lastRunDate'), cell: (r) => (r.lastRunDate ? new Date(r.lastRunDate).toLocaleString(f.locale) : '—') },
    { id: 'runs', header: t('list.runCount'), align: 'end', cell: (r) => <span data-testid="report-run-count">{f.number(r.runCount)}</span> },
    { id: 'owner', header: t('list.owner'), cell: (r) => r.owner?.name ?? '' },
  ];

  return (
    <div className={layout.page}>
      <title>{t('list.title')}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('list.title')}</h1>
        {list.loading && <Spinner label={t('builder.loading')} />}
        <Link to={reportPaths.newReport.getHref()} className={`${buttonStyles.button} ${buttonStyles.primary} ${layout.pageHeaderLink}`} data-testid="new-report">
          {t('list.new')}
        </Link>
      </header>
      <div className={styles.actions}>
        <label className={styles.inline}>
          {t('save.folder')}
          <select
            className={select.select}
            value={folderId ?? ''}
            onChange={(e) => setParams(e.target.value ? { folder: e.target.value } : {}, { replace: true })}
            data-testid="folder-filter"
          >
            <option value="">{t('list.allFolders')}</option>
            {(folders.data?.reportFolders ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <input className={styles.input} type="search" placeholder={t('list.search')} aria-label={t('list.search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="report-search" />
      </div>
      {list.error && <Alert>{serverMessage(list.error) ?? String(list.error)}</Alert>}
      {!list.loading && !rows.length ? (
        <p className={layout.placeholder}>{t('list.empty')}</p>
      ) : (
        <Table caption={t('list.title')} columns={columns} rows={rows} getRowKey={(r) => r.id} getRowProps={(r) => ({ 'data-testid': 'report-row', 'data-name': r.name })} busy={list.loading} />
      )}
    </div>
  );
}
