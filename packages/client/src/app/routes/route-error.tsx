import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

import { Button } from '@/components/ui/button/button';

import styles from './status-page.module.css';

/** Last-resort boundary for errors thrown while rendering a route. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);

  return (
    <main className={styles.page} id="main" role="alert">
      <h1 data-testid="page-heading">{t('errors.unexpected.heading')}</h1>
      <p>{t('errors.unexpected.body')}</p>
      <Button onClick={() => window.location.reload()}>{t('errors.unexpected.reload')}</Button>
    </main>
  );
}
