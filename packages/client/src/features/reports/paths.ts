/** Routes of the reports feature: saved reports by folder, the builder (new or a saved report). */
export const reportPaths = {
  reports: {
    path: '/reports',
    getHref: (folderId?: string | null) => (folderId ? `/reports?folder=${encodeURIComponent(folderId)}` : '/reports'),
  },
  newReport: {
    path: '/reports/new',
    getHref: () => '/reports/new',
  },
  report: {
    path: '/reports/:reportId',
    getHref: (reportId: string) => `/reports/${encodeURIComponent(reportId)}`,
  },
} as const;
