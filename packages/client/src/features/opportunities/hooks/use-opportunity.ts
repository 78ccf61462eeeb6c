import { useQuery } from '@apollo/client/react';

import { OpportunityDetailDocument, type OpportunityDetailFieldsFragment } from '@/gql/graphql';

export type OpportunityDetail = OpportunityDetailFieldsFragment;

export function useOpportunity(id: string) {
  const { data, previousData, loading, error, refetch } = useQuery(OpportunityDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return { opportunity: data?.opportunity ?? (previousData?.opportunity.id === id ? previousData.opportunity : undefined), loading, error, refetch };
}
