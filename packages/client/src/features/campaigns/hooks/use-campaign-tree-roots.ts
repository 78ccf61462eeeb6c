import { useQuery } from '@apollo/client/react';

import { CampaignTreeRootsDocument } from '@/gql/graphql';

import { ROOTS_PAGE_SIZE } from '../config';

/** The top-level campaigns, a page at a time ("Show more" appends the next page). */
export function useCampaignTreeRoots() {
  const query = useQuery(CampaignTreeRootsDocument, {
    variables: { first: ROOTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = query.data?.campaigns;

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return Promise.resolve();
    return query.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        campaigns: {
          ...fetchMoreResult.campaigns,
          nodes: [...(previous.campaigns?.nodes ?? []), ...fetchMoreResult.campaigns.nodes],
        },
      }),
    });
  };

  return {
    roots: connection?.nodes,
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    loadMore,
  };
}
