import type { ErrorLike } from '@apollo/client';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { Spinner } from '@/components/ui/spinner/spinner';

/** Loading and error states of a section's own query. */
export function SectionState({ loading, error, onRetry }: { loading: boolean; error?: ErrorLike | null; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <div className={s.row}>
        <span className={s.muted} role="alert">
          {t('accounts.sections.error')}
        </span>
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {t('accounts.retry')}
        </Button>
      </div>
    );
  }
  if (loading) return <Spinner label={t('accounts.sections.loading')} showLabel />;
  return null;
}

/** Tells the section's header how many records there are. */
export function useReportCount(count: number | null | undefined, onCount?: (n: number) => void) {
  useEffect(() => {
    if (count != null) onCount?.(count);
  }, [count, onCount]);
}
