import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { DashboardDetailDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { RecordList } from '../components/record-list';
import { useDashboardsT } from '../i18n';
import { dashboardPaths } from '../paths';
import { buildDrillDocument, declaredVariables, findRecords, NODE_SELECTIONS } from '../utils/drill-document';
import { parseSettings } from '../utils/settings';
import { componentVariables } from '../utils/variables';

const PAGE = 50;

/** The records behind a KPI component's number or point, through the KPI's records(key:) connection. */
export function DrillDownRoute() {
  const t = useDashboardsT();
  const { dashboardId = '', componentId = '' } = useParams();
  const [params] = useSearchParams();
  const key = params.get('key');
  const label = params.get('label');
  const filterValues = useMemo(() => Object.fromEntries([...params.entries()].filter(([k]) => k !== 'key' && k !== 'label')), [params]);
  const dash = useQuery(DashboardDetailDocument, {
    variables: { id: dashboardId, filters: { period: filterValues.period ?? null, team: filterValues.team ?? null, territory: filterValues.territory ?? null } },
  });
  const component = dash.data?.dashboard?.components.find((c) => c.id === componentId);
  // Without x-crm-dashboard: the server runs only the dashboard's own documents under that header;
  // the records open with the viewer's own access, as any list does.

  const variables = useMemo(() => {
    if (!component) return {};
    const base = component.variables && typeof component.variables === 'object' ? (component.variables as Record<string, unknown>) : componentVariables(declaredVariables(component.document), filterValues, parseSettings(component.settings));
    return { ...base, key, first: PAGE };
  }, [component, filterValues, key]);
  // First the connection's type (which record fields to ask for), then the records.
  const probeDoc = useMemo(() => (component?.kpi ? buildDrillDocument(component.document, component.kpi, '__typename totalCount') : null), [component]);
  const probe = useQuery(probeDoc ?? DashboardDetailDocument, { variables: { ...variables, first: 1 }, skip: !probeDoc });
  const typename = probeDoc ? findRecords(probe.data)?.__typename : undefined;
  const recordsDoc = useMemo(
    () => (component?.kpi && typename ? buildDrillDocument(component.document, component.kpi, `totalCount pageInfo { hasNextPage endCursor } nodes { ${NODE_SELECTIONS[typename] ?? 'id'} }`) : null),
    [component, typename],
  );
  const list = useQuery(recordsDoc ?? DashboardDetailDocument, { variables, skip: !recordsDoc, notifyOnNetworkStatusChange: true });
  const records = recordsDoc ? findRecords(list.data) : null;
  const error = dash.error ?? probe.error ?? list.error;

  const loadMore = () =>
    void list.fetchMore({
      variables: { after: records?.pageInfo?.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const a = findRecords(prev);
        const b = findRecords(fetchMoreResult);
        if (a?.nodes && b?.nodes) {
          b.nodes = [...a.nodes, ...b.nodes];
        }
        return fetchMoreResult ?? prev;
      },
    });

  return (
    <div className={layout.page}>
      <title>{component?.title ?? t('drill.title')}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{component ? `${component.title}${label ? ` · ${label}` : ''}` : t('drill.title')}</h1>
        {(dash.loading || probe.loading || list.loading) && <Spinner label={t('component.loading')} />}
        <Link to={dashboardPaths.dashboard.getHref(dashboardId, filterValues)} className={layout.pageHeaderLink}>
          {t('drill.back')}
        </Link>
      </header>
      {error && <Alert>{serverMessage(error) ?? String(error)}</Alert>}
      {component && !component.kpi && <p className={layout.placeholder}>{t('drill.none')}</p>}
      {records && (
        <>
          <p className={layout.lead} data-testid="drill-count">
            {t('drill.count', { count: records.totalCount ?? records.nodes?.length ?? 0 })}
          </p>
          <RecordList typename={typename ?? ''} nodes={records.nodes ?? []} />
          {records.pageInfo?.hasNextPage && (
            <div>
              <Button variant="secondary" onClick={loadMore} disabled={list.loading}>
                {t('drill.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
