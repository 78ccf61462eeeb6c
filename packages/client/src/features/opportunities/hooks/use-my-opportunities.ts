import { skipToken, useQuery } from '@apollo/client/react';

import { MyOpportunitiesDocument } from '@/gql/graphql';

import { toQueryVariables, type OpportunitiesView } from './use-opportunities-view';
import { useOwnerScope } from './use-owner-scope';

/** The signed-in user's (or their team's) opportunities for one page of the given view. */
export function useMyOpportunities(view: OpportunitiesView) {
  const scope = useOwnerScope(view.scope);

  const list = useQuery(
    MyOpportunitiesDocument,
    scope.ownerIds
      ? { variables: toQueryVariables(view, scope.ownerIds), fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' }
      : skipToken,
  );

  const connection = list.data?.opportunities ?? list.previousData?.opportunities;
  return {
    connection,
    isManager: scope.isManager,
    /** Showing the previous page's rows while this one loads. */
    stale: !list.data && Boolean(list.previousData),
    loading: scope.loading || list.loading,
    error: scope.error ?? list.error,
    refetch: () => (scope.ownerIds ? list.refetch() : scope.refetch()),
  };
}
