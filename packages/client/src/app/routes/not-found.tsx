import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import styles from './status-page.module.css';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <main className={styles.page} id="main">
      <title>{`${t('errors.notFound.pageTitle')} · ${t('app.name')}`}</title>
      <h1 data-testid="page-heading">{t('errors.notFound.heading')}</h1>
      <p>{t('errors.notFound.body')}</p>
      <Link to={paths.opportunities.getHref()}>{t('errors.notFound.home')}</Link>
    </main>
  );
}
