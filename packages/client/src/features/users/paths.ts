/** Route paths of the users feature (`path` for the router, `getHref` for links). */
export const userPaths = {
  users: {
    path: '/setup/users',
    getHref: () => '/setup/users',
  },
} as const;
