import { useQuery } from '@apollo/client/react';
import { useState } from 'react';

import { CampaignMembersDocument } from '@/gql/graphql';

import { MEMBERS_PAGE_SIZE } from '../config';

/**
 * A page of a campaign's members, newest first, optionally of one status. Paging goes
 * forward by cursor and back through the cursors already visited.
 */
export function useCampaignMembers(campaignId: string) {
  const [status, setStatusState] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];

  const query = useQuery(CampaignMembersDocument, {
    variables: {
      id: campaignId,
      first: MEMBERS_PAGE_SIZE,
      after,
      filter: status ? { status: { eq: status } } : null,
    },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const connection = query.data?.campaign.members ?? query.previousData?.campaign.members;

  return {
    connection,
    stale: !query.data && Boolean(query.previousData),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    status,
    setStatus: (next: string) => {
      setStatusState(next);
      setCursors([null]);
    },
    offset: (cursors.length - 1) * MEMBERS_PAGE_SIZE,
    canPrevious: cursors.length > 1,
    canNext: Boolean(connection?.pageInfo.hasNextPage),
    next: () => {
      const end = connection?.pageInfo.endCursor;
      if (end) setCursors((list) => [...list, end]);
    },
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
  };
}
