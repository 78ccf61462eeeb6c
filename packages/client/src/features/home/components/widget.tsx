import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';

import styles from './home.module.css';

interface WidgetProps {
  title: string;
  /** "View all" and similar, at the end of the header. */
  link?: { to: string; label: string; testId?: string };
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  children?: ReactNode;
  'data-testid'?: string;
}

/** One card of the home screen with its own loading and error states. */
export function Widget({ title, link, loading, error, onRetry, children, ...rest }: WidgetProps) {
  const { t } = useTranslation();
  return (
    <section className={styles.widget} aria-label={title} data-testid={rest['data-testid']}>
      <header className={styles.widgetHeader}>
        <h2 className={styles.widgetTitle}>{title}</h2>
        {link && (
          <Link to={link.to} className={styles.widgetLink} data-testid={link.testId}>
            {link.label}
          </Link>
        )}
      </header>
      {error ? (
        <div className={styles.widgetError}>
          <span>{t('home.error')}</span>
          {onRetry && (
            <Button variant="secondary" size="sm" onClick={onRetry}>
              {t('home.retry')}
            </Button>
          )}
        </div>
      ) : loading ? (
        <Spinner label={t('common.loading')} showLabel />
      ) : (
        children
      )}
    </section>
  );
}
