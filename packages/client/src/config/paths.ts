/** Route paths of the SPA. `getHref` builds links; `path` is for the router. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  signIn: {
    path: '/sign-in',
    getHref: (redirectTo?: string | null) =>
      redirectTo ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` : '/sign-in',
  },
  opportunities: {
    path: '/opportunities',
    getHref: () => '/opportunities',
  },
  /** Served by the API server from dist/graphiql.html (not an SPA route). */
  graphiql: {
    getHref: () => '/graphiql',
  },
} as const;

/** Only same-origin absolute paths are accepted as a post-sign-in target. */
export function safeRedirectTarget(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  return value;
}
