import { useQuery } from '@apollo/client/react';

import { TerritoryTreeChildrenDocument } from '@/gql/graphql';

/**
 * A territory's children in the tree with their balance for `period`, fetched once it is
 * expanded (for a `TreeGroup`).
 */
export function useTerritoryTreeChildren(id: string, period: { periodStart: string; periodEnd: string }) {
  const query = useQuery(TerritoryTreeChildrenDocument, {
    variables: { id, ...period },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { items: query.data?.territory.children, error: query.error, onRetry: () => void query.refetch() };
}
