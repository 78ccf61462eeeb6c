import { useQuery } from '@apollo/client/react';

import { CampaignTreeChildrenDocument } from '@/gql/graphql';

/** A campaign's children in the tree, fetched once it is expanded (for a `TreeGroup`). */
export function useCampaignTreeChildren(id: string) {
  const { data, error, refetch } = useQuery(CampaignTreeChildrenDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return { items: data?.campaign.children, error, onRetry: () => void refetch() };
}
