/** Route paths of the service forecast feature (`path` for the router, `getHref` for links). */
export const serviceForecastPaths = {
  serviceForecast: {
    path: '/service-forecast',
    getHref: () => '/service-forecast',
  },
} as const;
