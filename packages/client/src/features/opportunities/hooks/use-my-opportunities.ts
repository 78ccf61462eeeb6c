import { skipToken, useQuery } from '@apollo/client/react';

import { MyOpportunitiesDocument, OpportunitiesViewerDocument } from '@/gql/graphql';

import { toQueryVariables, type OpportunitiesView } from './use-opportunities-view';

/** The signed-in user's opportunities for one page of the given view. */
export function useMyOpportunities(view: OpportunitiesView) {
  const viewer = useQuery(OpportunitiesViewerDocument);
  const ownerId = viewer.data?.me.id;

  const list = useQuery(
    MyOpportunitiesDocument,
    ownerId
      ? { variables: toQueryVariables(view, ownerId), fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' }
      : skipToken,
  );

  const connection = list.data?.opportunities ?? list.previousData?.opportunities;
  return {
    connection,
    /** Showing the previous page's rows while this one loads. */
    stale: !list.data && Boolean(list.previousData),
    loading: viewer.loading || list.loading,
    error: viewer.error ?? list.error,
    refetch: () => (ownerId ? list.refetch() : viewer.refetch()),
  };
}
