import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { OpportunitiesViewerDocument, OpportunityTeamDocument } from '@/gql/graphql';

import type { ScopeFilter } from './use-opportunities-view';

const MANAGER_ROLES = new Set(['SALES_MANAGER', 'EXECUTIVE', 'ADMIN']);

/** Owner ids of a view: the caller, or the caller and their direct reports ("my team"). */
export function useOwnerScope(scope: ScopeFilter) {
  const viewer = useQuery(OpportunitiesViewerDocument);
  const me = viewer.data?.me;
  const isManager = Boolean(me && MANAGER_ROLES.has(me.role));
  const team = useQuery(OpportunityTeamDocument, me && scope === 'team' ? { variables: { managerId: me.id } } : skipToken);

  const ownerIds = useMemo(() => {
    if (!me) return null;
    if (scope === 'mine') return [me.id];
    if (!team.data) return null;
    return [me.id, ...team.data.users.nodes.map((u) => u.id)];
  }, [me, scope, team.data]);

  return {
    userId: me?.id ?? null,
    ownerIds,
    isManager,
    loading: viewer.loading || team.loading,
    error: viewer.error ?? team.error,
    refetch: () => viewer.refetch(),
  };
}
