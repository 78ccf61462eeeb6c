import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { DashboardListDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import styles from '../components/dashboard-grid.module.css';
import { useDashboardsT } from '../i18n';
import { dashboardPaths } from '../paths';

/** The dashboards the viewer may open, by folder. */
export function DashboardsRoute() {
  const t = useDashboardsT();
  const { data, loading, error } = useQuery(DashboardListDocument, { fetchPolicy: 'cache-and-network' });
  const dashboards = data?.dashboards ?? [];
  const folders = [...new Set(dashboards.map((d) => d.folder ?? ''))];
  return (
    <div className={layout.page}>
      <title>{t('list.title')}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('list.title')}</h1>
        {loading && <Spinner label={t('component.loading')} />}
      </header>
      {error && <Alert>{serverMessage(error) ?? String(error)}</Alert>}
      {!loading && !dashboards.length && <p className={layout.placeholder}>{t('list.empty')}</p>}
      {folders.map((folder) => (
        <section key={folder} className={layout.section}>
          {folder && <h2 className={layout.sectionHeading}>{folder}</h2>}
          <ul className={styles.list} data-testid="dashboard-list">
            {dashboards
              .filter((d) => (d.folder ?? '') === folder)
              .map((d) => (
                <li key={d.id}>
                  <Link to={dashboardPaths.dashboard.getHref(d.id)} className={styles.listCard} data-testid="dashboard-link" data-developer-name={d.developerName}>
                    <span className={styles.listTitle}>{d.title}</span>
                    {d.description && <span className={styles.muted}>{d.description}</span>}
                    <span className={styles.muted}>{t(`dashboardType.${d.dashboardType}`)}</span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
