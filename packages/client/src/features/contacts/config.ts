import type { ContactSortField } from '@/gql/graphql';

export const CONTACTS_PAGE_SIZE = 25;
export const SECTION_ROWS = 10;

export const CONTACT_FILTER_KEYS = ['q', 'email', 'title', 'city', 'country', 'owner'] as const;
export type ContactFilterKey = (typeof CONTACT_FILTER_KEYS)[number];

export const CONTACT_SORT_FIELDS = ['name', 'title', 'email', 'mailingCity', 'lastModifiedDate'] as const satisfies readonly ContactSortField[];
export type ContactListSort = (typeof CONTACT_SORT_FIELDS)[number];

export type OwnerScope = 'me' | 'team' | 'all';
export const OWNER_SCOPES: readonly OwnerScope[] = ['all', 'me', 'team'];

export const CONTACT_LIST_VIEW = {
  filterKeys: CONTACT_FILTER_KEYS,
  sortFields: CONTACT_SORT_FIELDS,
  defaultSort: 'name',
  defaultFilters: { owner: 'all' },
} as const;

export const SALUTATIONS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'] as const;
