/** Route paths of the campaigns feature (`path` for the router, `getHref` for links). */
export const campaignPaths = {
  tree: {
    path: '/campaigns',
    getHref: () => '/campaigns',
  },
  calendar: {
    path: '/campaigns/calendar',
    /** `date` is "YYYY-MM-DD" (the day the view shows or contains). */
    getHref: (view?: { mode: string; date: string }) =>
      view ? `/campaigns/calendar?${new URLSearchParams({ view: view.mode, date: view.date })}` : '/campaigns/calendar',
  },
  campaign: {
    path: '/campaigns/:campaignId',
    getHref: (id: string) => `/campaigns/${encodeURIComponent(id)}`,
  },
} as const;
