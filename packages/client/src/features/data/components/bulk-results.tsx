import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Table, type TableColumn } from '@/components/ui/table/table';
import type { DataBulkResultFragment } from '@/gql/graphql';

import styles from '../data.module.css';
import { errorsCsv } from '../utils/csv';

type RowError = DataBulkResultFragment['errors'][number];

export interface BulkResultsProps {
  result: DataBulkResultFragment;
  /** Name of the downloaded errors file, e.g. "import-errors.csv". */
  fileName: string;
}

/** The outcome of an import or a mass update: the counts and each failing row, downloadable as CSV. */
export function BulkResults({ result, fileName }: BulkResultsProps) {
  const { t } = useTranslation();
  const url = useMemo(
    () => (result.errors.length ? URL.createObjectURL(new Blob([errorsCsv(result.errors)], { type: 'text/csv;charset=utf-8' })) : null),
    [result.errors],
  );
  useEffect(() => () => { if (url) URL.revokeObjectURL(url); }, [url]);

  const columns: TableColumn<RowError>[] = [
    { id: 'row', header: t('data.results.row'), align: 'end', cell: (e) => <strong>{e.row}</strong> },
    { id: 'id', header: t('data.results.id'), cell: (e) => (e.id ? <span className={styles.mono}>{e.id}</span> : '—') },
    { id: 'field', header: t('data.results.field'), cell: (e) => e.field ?? '—' },
    { id: 'code', header: t('data.results.code'), cell: (e) => <Badge tone={e.code === 'BAD_USER_INPUT' ? 'warning' : 'danger'}>{e.code}</Badge> },
    { id: 'message', header: t('data.results.message'), cell: (e) => <span className={styles.message}>{e.message}</span> },
  ];

  const outcome = result.dryRun
    ? t('data.results.dryRun')
    : result.nothingWritten
      ? t('data.results.nothingWritten')
      : t('data.results.written', { created: result.created, updated: result.updated });

  return (
    <section className={styles.step} aria-labelledby="bulk-results-heading" data-testid="bulk-results" data-total={result.total} data-succeeded={result.succeeded} data-failed={result.failed}>
      <h2 id="bulk-results-heading">{t('data.results.heading')}</h2>
      <p className={styles.summary} data-testid="bulk-summary">
        <span>{t('data.results.total', { count: result.total })}</span>
        <span className={styles.ok}>{t('data.results.succeeded', { count: result.succeeded })}</span>
        <span className={result.failed ? styles.bad : undefined}>{t('data.results.failed', { count: result.failed })}</span>
      </p>
      <Alert tone={result.nothingWritten && !result.dryRun ? 'error' : 'info'}>
        <span data-testid="bulk-outcome">{outcome}</span>
      </Alert>
      {result.errors.length > 0 && (
        <>
          <Table
            caption={t('data.results.heading')}
            columns={columns}
            rows={result.errors}
            getRowKey={(e) => `${e.row}-${e.field ?? ''}-${e.message}`}
            getRowProps={(e) => ({ 'data-testid': 'bulk-error-row', 'data-row': String(e.row), 'data-field': e.field ?? '', 'data-code': e.code })}
          />
          {url && (
            <a className={styles.download} href={url} download={fileName} data-testid="bulk-errors-download">
              {t('data.results.download')}
            </a>
          )}
        </>
      )}
    </section>
  );
}
