/** Route paths of the SPA. `getHref` builds links; `path` is for the router. */
export const paths = {
  /** The rep's home (`/` redirects here). */
  home: {
    path: '/home',
    getHref: () => '/home',
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
  /** Setup (administrators): validation rules (`?object=`), opportunity stages, picklists. */
  setupValidationRules: {
    path: '/setup/validation-rules',
    getHref: () => '/setup/validation-rules',
  },
  setupStages: {
    path: '/setup/stages',
    getHref: () => '/setup/stages',
  },
  setupPicklists: {
    path: '/setup/picklists',
    getHref: () => '/setup/picklists',
  },
  /** Data tools: the import wizard and mass update. */
  dataImport: {
    path: '/data/import',
    getHref: () => '/data/import',
  },
  dataMassUpdate: {
    path: '/data/mass-update',
    getHref: () => '/data/mass-update',
  },
  orders: {
    path: '/orders',
    getHref: () => '/orders',
  },
  /** Place Order; the account (and opportunity) are prefilled when given. */
  newOrder: {
    path: '/orders/new',
    getHref: (q: { accountId?: string | null; opportunityId?: string | null } = {}) => {
      const s = new URLSearchParams();
      if (q.accountId) s.set('accountId', q.accountId);
      if (q.opportunityId) s.set('opportunityId', q.opportunityId);
      const qs = s.toString();
      return qs ? `/orders/new?${qs}` : '/orders/new';
    },
  },
  order: {
    path: '/orders/:orderId',
    getHref: (orderId: string) => `/orders/${encodeURIComponent(orderId)}`,
  },
  /** Service: the case console (queues by channel), a case's page, the agent's home. */
  cases: {
    path: '/cases',
    getHref: () => '/cases',
  },
  case: {
    path: '/cases/:caseId',
    getHref: (caseId: string) => `/cases/${encodeURIComponent(caseId)}`,
  },
  serviceHome: {
    path: '/service',
    getHref: () => '/service',
  },
  /** Chatter groups and a group's feed. */
  groups: {
    path: '/groups',
    getHref: () => '/groups',
  },
  group: {
    path: '/groups/:groupId',
    getHref: (groupId: string) => `/groups/${encodeURIComponent(groupId)}`,
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
