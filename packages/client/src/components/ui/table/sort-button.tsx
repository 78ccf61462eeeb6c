import { useTranslation } from 'react-i18next';

import styles from './table.module.css';

export type SortDirection = 'asc' | 'desc';

export interface SortButtonProps {
  label: string;
  direction: SortDirection | null;
  onSort: () => void;
}

const arrows = { asc: '▲', desc: '▼' } as const;

export function SortButton({ label, direction, onSort }: SortButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={styles.sortButton}
      onClick={onSort}
      title={t('table.sortBy', { column: label })}
    >
      <span>{label}</span>
      <span className={direction ? styles.arrowActive : styles.arrow} aria-hidden="true">
        {direction ? arrows[direction] : '↕'}
      </span>
      {direction && (
        <span className="visually-hidden">
          {direction === 'asc' ? t('table.sortAscending') : t('table.sortDescending')}
        </span>
      )}
    </button>
  );
}
