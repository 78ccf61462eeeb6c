import type { AccountSortField } from '@/gql/graphql';

export const ACCOUNTS_PAGE_SIZE = 25;

/** Rows each section of the account page shows. */
export const SECTION_ROWS = 10;

export const ACCOUNT_FILTER_KEYS = ['q', 'type', 'industry', 'city', 'country', 'owner'] as const;
export type AccountFilterKey = (typeof ACCOUNT_FILTER_KEYS)[number];

export const ACCOUNT_SORT_FIELDS = ['name', 'type', 'industry', 'billingCity', 'lastModifiedDate'] as const satisfies readonly AccountSortField[];
export type AccountListSort = (typeof ACCOUNT_SORT_FIELDS)[number];

export type OwnerScope = 'me' | 'team' | 'all';
export const OWNER_SCOPES: readonly OwnerScope[] = ['all', 'me', 'team'];

export const ACCOUNT_LIST_VIEW = {
  filterKeys: ACCOUNT_FILTER_KEYS,
  sortFields: ACCOUNT_SORT_FIELDS,
  defaultSort: 'name',
  defaultFilters: { owner: 'all' },
} as const;
