import { useQuery } from '@apollo/client/react';

import { CampaignCalendarDocument } from '@/gql/graphql';

/** Campaigns overlapping start..end (both included), optionally only the active ones. */
export function useCampaignCalendar(start: string, end: string, activeOnly: boolean) {
  const query = useQuery(CampaignCalendarDocument, {
    variables: { start, end, filter: activeOnly ? { isActive: { eq: true } } : null },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    campaigns: query.data?.campaignCalendar ?? query.previousData?.campaignCalendar,
    stale: !query.data && Boolean(query.previousData),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
