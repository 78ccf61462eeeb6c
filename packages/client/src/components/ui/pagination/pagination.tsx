import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { useFormatters } from '@/lib/format';

import styles from './pagination.module.css';

export interface PaginationProps {
  /** 1-based index of the first row shown. */
  from: number;
  /** 1-based index of the last row shown. */
  to: number;
  total: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  disabled?: boolean;
}

export function Pagination({ from, to, total, canPrevious, canNext, onPrevious, onNext, disabled }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const range =
    to >= from && to > 0
      ? t('pagination.range', { from: format.number(from), to: format.number(to), total: format.number(total) })
      : t('pagination.none', { total: format.number(total) });

  return (
    <nav className={styles.pagination} aria-label={t('pagination.label')}>
      <p className={styles.range} aria-live="polite" data-testid="pagination-range">
        {range}
      </p>
      <div className={styles.buttons}>
        <Button variant="secondary" size="sm" onClick={onPrevious} disabled={disabled || !canPrevious}>
          <span aria-hidden="true">‹</span> {t('pagination.previous')}
        </Button>
        <Button variant="secondary" size="sm" onClick={onNext} disabled={disabled || !canNext}>
          {t('pagination.next')} <span aria-hidden="true">›</span>
        </Button>
      </div>
    </nav>
  );
}
