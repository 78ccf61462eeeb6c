/** Route paths of the territories feature (`path` for the router, `getHref` for links). */
export const territoryPaths = {
  territories: {
    path: '/territories',
    getHref: (view?: { model?: string; tab?: string }) => {
      const params = new URLSearchParams();
      if (view?.model) params.set('model', view.model);
      if (view?.tab) params.set('tab', view.tab);
      const query = params.toString();
      return query ? `/territories?${query}` : '/territories';
    },
  },
} as const;
