/** Route paths of the forecasts feature (`path` for the router, `getHref` for links). */
export const forecastPaths = {
  forecasts: {
    path: '/forecasts',
    getHref: () => '/forecasts',
  },
} as const;
