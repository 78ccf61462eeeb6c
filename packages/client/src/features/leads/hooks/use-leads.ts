import { skipToken, useQuery } from '@apollo/client/react';

import { LeadsListDocument, LeadsTeamDocument } from '@/gql/graphql';

import { leadsQueryVariables } from '../utils/lead-filter';
import type { LeadsView } from './use-leads-view';

/** One page of leads for the view; "my team" first asks who reports to the caller. */
export function useLeads(view: LeadsView, meId: string | undefined) {
  const needsTeam = !view.review && view.owner === 'team';
  const team = useQuery(LeadsTeamDocument, meId && needsTeam ? { variables: { managerId: meId } } : skipToken);
  const teamIds = team.data?.users.nodes.map((u) => u.id) ?? [];
  const ready = Boolean(meId) && (!needsTeam || Boolean(team.data));

  const list = useQuery(
    LeadsListDocument,
    ready && meId
      ? { variables: leadsQueryVariables(view, meId, teamIds), fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' }
      : skipToken,
  );
  const connection = list.data?.leads ?? list.previousData?.leads;
  return {
    connection,
    stale: !list.data && Boolean(list.previousData),
    loading: team.loading || list.loading || !ready,
    error: team.error ?? list.error,
    refetch: () => (team.error ? team.refetch() : list.refetch()),
  };
}
