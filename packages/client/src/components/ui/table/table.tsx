import type { HTMLAttributes, Key, ReactNode } from 'react';

import { SortButton, type SortDirection } from './sort-button';
import styles from './table.module.css';

export interface TableColumn<Row> {
  id: string;
  /** Plain-text header: also the label of the cell in the stacked (phone) layout. */
  header: string;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** Present when the column can be sorted. */
  sort?: { direction: SortDirection | null; onSort: () => void };
}

export interface TableProps<Row> {
  caption: string;
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  getRowKey: (row: Row) => Key;
  getRowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  /** Dims the rows while newer data is on its way. */
  busy?: boolean;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** A data table that becomes a stacked card list on narrow screens. */
export function Table<Row>({ caption, columns, rows, getRowKey, getRowProps, busy = false }: TableProps<Row>) {
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={[column.sort ? styles.sortable : styles.plain, column.align === 'end' ? styles.end : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-sort={column.sort?.direction ? ariaSort[column.sort.direction] : undefined}
              >
                {column.sort ? (
                  <SortButton label={column.header} direction={column.sort.direction} onSort={column.sort.onSort} />
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={busy ? styles.busy : undefined}>
          {rows.map((row) => (
            <tr key={getRowKey(row)} {...getRowProps?.(row)}>
              {columns.map((column) => (
                <td key={column.id} data-label={column.header} className={column.align === 'end' ? styles.end : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
