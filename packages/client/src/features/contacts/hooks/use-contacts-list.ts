import { skipToken, useQuery } from '@apollo/client/react';

import { ContactsListDocument } from '@/gql/graphql';
import { pageVariables, useListView } from '@/hooks/use-list-view';

import { CONTACT_LIST_VIEW, CONTACTS_PAGE_SIZE } from '../config';
import { toContactFilter } from '../utils/contact-filter';
import { useOwnerIds } from './use-owner-ids';

/** The contacts list: its view in the URL and the page it shows. */
export function useContactsList() {
  const list = useListView(CONTACT_LIST_VIEW);
  const { view } = list;
  const { ownerIds, ready } = useOwnerIds(view.filters.owner);
  const filter = toContactFilter(view.filters, ownerIds);
  const orderBy = [{ field: view.sort, direction: view.direction === 'asc' ? 'ASC' : 'DESC' } as const];
  const query = useQuery(
    ContactsListDocument,
    ready
      ? {
          variables: { filter, orderBy, ...pageVariables(view, CONTACTS_PAGE_SIZE) },
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        }
      : skipToken,
  );
  const connection = query.data?.contacts ?? query.previousData?.contacts;
  return {
    ...list,
    filter,
    orderBy,
    connection,
    stale: !query.data && Boolean(query.previousData),
    loading: !ready || query.loading,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
