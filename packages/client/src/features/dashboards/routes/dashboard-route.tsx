import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { DashboardDetailDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { DashboardComponentCard } from '../components/dashboard-component-card';
import { DashboardFilters, type FilterInfo } from '../components/dashboard-filters';
import { ViewAsSelect } from '../components/view-as-select';
import styles from '../components/dashboard-grid.module.css';
import { useFilterValues } from '../hooks/use-filter-values';
import { refreshKeyOf, useLiveChanges } from '../hooks/use-live-changes';
import { useDashboardsT } from '../i18n';
import { dashboardPaths } from '../paths';

const NO_FILTERS: FilterInfo[] = [];

/** A dashboard: filters, then its components in grid order; live while open. */
export function DashboardRoute() {
  const t = useDashboardsT();
  const { dashboardId = '' } = useParams();
  // The filters' defaults come with the dashboard; the components' variables follow the chosen values.
  const [filterDefs, setFilterDefs] = useState<FilterInfo[]>(NO_FILTERS);
  const [values, setValue] = useFilterValues(filterDefs);
  const { data, previousData, loading, error } = useQuery(DashboardDetailDocument, {
    variables: { id: dashboardId, filters: { period: values.period ?? null, team: values.team ?? null, territory: values.territory ?? null } },
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = (data ?? previousData)?.dashboard;
  useEffect(() => {
    if (dashboard?.filters) setFilterDefs(dashboard.filters);
  }, [dashboard?.filters]);
  const components = useMemo(() => [...(dashboard?.components ?? [])].sort((a, b) => a.position.row - b.position.row || a.position.col - b.position.col), [dashboard?.components]);
  const [params, setParams] = useSearchParams();
  const viewAs = dashboard?.dashboardType === 'MY_TEAM_USER' ? (params.get('viewAs') ?? '') : '';
  const setViewAs = (id: string) => {
    const next = new URLSearchParams(params);
    if (id) next.set('viewAs', id);
    else next.delete('viewAs');
    setParams(next, { replace: true });
  };
  const objects = useMemo(() => components.flatMap((c) => c.objects), [components]);
  const live = useLiveChanges(objects);

  return (
    <div className={layout.page}>
      <title>{dashboard?.title ?? t('list.title')}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{dashboard?.title ?? t('list.title')}</h1>
        {loading && <Spinner label={t('component.loading')} />}
        <span className={styles.live} data-testid="live-status" data-status={live.status}>
          <span className={`${styles.dot} ${live.status === 'live' ? styles.dotLive : ''}`} aria-hidden="true" />
          {t(`live.${live.status}`)}
        </span>
        <Link to={dashboardPaths.dashboards.getHref()} className={layout.pageHeaderLink}>
          {t('list.all')}
        </Link>
      </header>
      {dashboard?.description && <p className={layout.lead}>{dashboard.description}</p>}
      {error && <Alert>{serverMessage(error) ?? String(error)}</Alert>}
      {dashboard && (
        <div className={styles.filters}>
          <DashboardFilters filters={dashboard.filters} values={values} onChange={setValue} />
          {dashboard.dashboardType === 'MY_TEAM_USER' && <ViewAsSelect value={viewAs} onChange={setViewAs} />}
        </div>
      )}
      {dashboard && (
        <div className={styles.grid} data-testid="dashboard-grid">
          {components.map((c) => (
            <div key={c.id} className={styles.cell} style={{ ['--span' as string]: Math.min(12, Math.max(1, c.position.width)) }}>
              <DashboardComponentCard dashboardId={dashboard.id} component={c} filters={values} viewAs={viewAs || null} refreshKey={refreshKeyOf(live.versions, c.objects)} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
