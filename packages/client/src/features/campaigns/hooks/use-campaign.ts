import { useQuery } from '@apollo/client/react';

import { CampaignDetailDocument } from '@/gql/graphql';

/** One campaign with its fields, ancestors, member statuses and statistics. */
export function useCampaign(id: string) {
  const query = useQuery(CampaignDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    campaign: query.data?.campaign,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
