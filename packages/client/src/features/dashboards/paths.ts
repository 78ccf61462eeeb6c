/** Routes of the dashboards feature: the list, one dashboard, the records behind a number. */
export const dashboardPaths = {
  dashboards: {
    path: '/dashboards',
    getHref: () => '/dashboards',
  },
  dashboard: {
    path: '/dashboards/:dashboardId',
    getHref: (dashboardId: string, filters?: Record<string, string>) => {
      const qs = filters ? new URLSearchParams(filters).toString() : '';
      return `/dashboards/${encodeURIComponent(dashboardId)}${qs ? `?${qs}` : ''}`;
    },
  },
  /** The records behind a component's number or bar: `key` is the KPI point's key (none = the headline number). */
  drillDown: {
    path: '/dashboards/:dashboardId/components/:componentId/records',
    getHref: (q: { dashboardId: string; componentId: string; key?: string | null; label?: string | null; filters?: Record<string, string> }) => {
      const s = new URLSearchParams(q.filters ?? {});
      if (q.key) s.set('key', q.key);
      if (q.key && q.label) s.set('label', q.label);
      const qs = s.toString();
      return `/dashboards/${encodeURIComponent(q.dashboardId)}/components/${encodeURIComponent(q.componentId)}/records${qs ? `?${qs}` : ''}`;
    },
  },
  /** A report component drills into its saved report (the reports feature's route). */
  report: {
    getHref: (reportId: string) => `/reports/${encodeURIComponent(reportId)}`,
  },
} as const;
