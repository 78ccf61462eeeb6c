import { useMemo } from 'react';
import { useNavigate } from 'react-router';

import { Chart } from '@/components/charts/chart';
import type { ChartKind, ChartPoint } from '@/components/charts/chart-types';
import { DEFAULT_CURRENCY } from '@/config/app';
import { useFormatters } from '@/lib/format';

import { useWidgetData } from '../hooks/use-widget-data';
import { useDashboardsT } from '../i18n';
import { dashboardPaths } from '../paths';
import { numberFormat, toChartModel } from '../utils/extract';
import { parseSettings } from '../utils/settings';
import { componentVariables, type FilterValues } from '../utils/variables';
import { declaredVariables } from '../utils/drill-document';
import styles from './dashboard-grid.module.css';

export interface ComponentInfo {
  id: string;
  title: string;
  visualization: ChartKind;
  position: { row: number; col: number; width: number };
  reportId?: string | null;
  kpi?: string | null;
  document: string;
  documentHash: string;
  objects: string[];
  settings?: string | null;
  /** Computed by the server from the dashboard's filters (DashboardComponent.variables). */
  variables?: unknown;
}

/** One widget: its own persisted query, its chart, and a drill-down from its numbers. */
export function DashboardComponentCard({ dashboardId, component, filters, viewAs, refreshKey }: { dashboardId: string; component: ComponentInfo; filters: FilterValues; viewAs: string | null; refreshKey: number }) {
  const t = useDashboardsT();
  const navigate = useNavigate();
  const { locale } = useFormatters();
  const settings = useMemo(() => parseSettings(component.settings), [component.settings]);
  const declared = useMemo(() => declaredVariables(component.document), [component.document]);
  const variables = useMemo(
    () => (component.variables && typeof component.variables === 'object' ? (component.variables as Record<string, unknown>) : componentVariables(declared, filters, settings)),
    [component.variables, declared, filters, settings],
  );
  const { data, errors, loading, fetchedAt } = useWidgetData(dashboardId, component, variables, refreshKey, viewAs);
  const model = useMemo(() => ({ ...toChartModel(data, component.visualization, settings), format: numberFormat(settings, locale, DEFAULT_CURRENCY) }), [data, component.visualization, settings, locale]);

  const onSelect = (point: ChartPoint | null) => {
    if (component.kpi) void navigate(dashboardPaths.drillDown.getHref({ dashboardId, componentId: component.id, key: point?.key ?? null, label: point?.label ?? null, filters }));
    else if (component.reportId) void navigate(dashboardPaths.report.getHref(component.reportId));
  };
  const canDrill = Boolean(component.kpi || component.reportId);

  return (
    <article className={styles.card} data-testid="dashboard-component" data-component-id={component.id} data-title={component.title} aria-busy={loading || undefined}>
      <header className={styles.cardHeader}>
        <h2 className={styles.cardTitle}>{component.title}</h2>
        {fetchedAt && (
          <span className={styles.updated} data-testid="component-updated">
            {fetchedAt.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
          </span>
        )}
      </header>
      {errors && !data ? (
        <p className={styles.error} role="alert" data-testid="component-error">
          {errors.map((e) => e.message).join(' ')}
        </p>
      ) : data == null && loading ? (
        <p className={styles.updated}>{t('component.loading')}</p>
      ) : (
        <Chart model={model} label={component.title} emptyText={t('component.empty')} loadingText={t('component.loading')} onSelect={canDrill ? onSelect : undefined} height={component.visualization === 'DONUT' ? 220 : 240} />
      )}
    </article>
  );
}
