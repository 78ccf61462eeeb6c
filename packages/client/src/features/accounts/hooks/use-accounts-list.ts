import { skipToken, useQuery } from '@apollo/client/react';

import { AccountsListDocument } from '@/gql/graphql';
import { pageVariables, useListView } from '@/hooks/use-list-view';

import { ACCOUNT_LIST_VIEW, ACCOUNTS_PAGE_SIZE } from '../config';
import { toAccountFilter } from '../utils/account-filter';
import { useOwnerIds } from './use-owner-ids';

/** The accounts list: its view in the URL and the page it shows. */
export function useAccountsList() {
  const list = useListView(ACCOUNT_LIST_VIEW);
  const { view } = list;
  const { ownerIds, ready } = useOwnerIds(view.filters.owner);
  const filter = toAccountFilter(view.filters, ownerIds);
  const orderBy = [{ field: view.sort, direction: view.direction === 'asc' ? 'ASC' : 'DESC' } as const];
  const query = useQuery(
    AccountsListDocument,
    ready
      ? {
          variables: { filter, orderBy, ...pageVariables(view, ACCOUNTS_PAGE_SIZE) },
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        }
      : skipToken,
  );
  const connection = query.data?.accounts ?? query.previousData?.accounts;
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
