import { useTranslation } from 'react-i18next';

import { formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { Table, type TableColumn } from '@/components/ui/table/table';
import type { DataImportPreviewQuery } from '@/gql/graphql';

import styles from '../data.module.css';

type Preview = DataImportPreviewQuery['importPreview'];

export interface ColumnMappingProps {
  preview: Preview;
  /** Field per column index ('' = ignored). */
  mapping: readonly string[];
  onChange: (index: number, field: string) => void;
}

/** One row per column of the file: its header, sample values and the field it fills (editable). */
export function ColumnMapping({ preview, mapping, onChange }: ColumnMappingProps) {
  const { t } = useTranslation();
  const rows = preview.headers.map((header, index) => ({ header, index }));
  const columns: TableColumn<(typeof rows)[number]>[] = [
    { id: 'column', header: t('data.import.column'), cell: (r) => <strong>{r.header || t('data.import.unnamed', { n: r.index + 1 })}</strong> },
    {
      id: 'sample',
      header: t('data.import.sample'),
      cell: (r) => <span className={styles.sample}>{preview.rows.slice(0, 3).map((row) => row[r.index] ?? '').filter(Boolean).join(' · ') || '—'}</span>,
    },
    {
      id: 'field',
      header: t('data.import.field'),
      cell: (r) => (
        <select
          className={f.control}
          aria-label={t('data.import.fieldFor', { column: r.header })}
          value={mapping[r.index] ?? ''}
          onChange={(e) => onChange(r.index, e.target.value)}
          data-testid="mapping-select"
          data-column={r.header}
        >
          <option value="">{t('data.import.ignore')}</option>
          {preview.fields.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      ),
    },
  ];
  return <Table caption={t('data.import.mappingHeading')} columns={columns} rows={rows} getRowKey={(r) => r.index} getRowProps={(r) => ({ 'data-testid': 'mapping-row', 'data-column': r.header })} />;
}
