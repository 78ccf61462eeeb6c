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
  opportunityBoard: {
    path: '/opportunities/board',
    getHref: () => '/opportunities/board',
  },
  approvals: {
    path: '/approvals',
    getHref: () => '/approvals',
  },
  accounts: {
    path: '/accounts',
    getHref: () => '/accounts',
  },
  contacts: {
    path: '/contacts',
    getHref: () => '/contacts',
  },
  /** A campaign's page (the campaigns feature's route). */
  campaign: {
    path: '/campaigns/:campaignId',
    getHref: (campaignId: string) => `/campaigns/${encodeURIComponent(campaignId)}`,
  },
  account: {
    path: '/accounts/:accountId',
    getHref: (accountId: string) => `/accounts/${encodeURIComponent(accountId)}`,
  },
  contact: {
    path: '/contacts/:contactId',
    getHref: (contactId: string) => `/contacts/${encodeURIComponent(contactId)}`,
  },
  opportunity: {
    path: '/opportunities/:opportunityId',
    getHref: (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}`,
  },
  leads: {
    path: '/leads',
    /** `view=review`: new leads to review. */
    getHref: (query?: string) => (query ? `/leads?${query}` : '/leads'),
  },
  newLead: {
    path: '/leads/new',
    getHref: () => '/leads/new',
  },
  lead: {
    path: '/leads/:leadId',
    getHref: (leadId: string) => `/leads/${encodeURIComponent(leadId)}`,
  },
  search: {
    path: '/search',
    getHref: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
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
