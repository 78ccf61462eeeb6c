import { skipToken, useQuery } from '@apollo/client/react';

import { AccountsOwnerScopeDocument, AccountsViewerDocument } from '@/gql/graphql';

import type { OwnerScope } from '../config';

/** Owner ids for the scope: me, me and my direct reports, or null (everyone visible). */
export function useOwnerIds(scope: string): { ownerIds: string[] | null; ready: boolean } {
  const owner = (['me', 'team'].includes(scope) ? scope : 'all') as OwnerScope;
  const viewer = useQuery(AccountsViewerDocument);
  const me = viewer.data?.me.id;
  const team = useQuery(AccountsOwnerScopeDocument, owner === 'team' && me ? { variables: { managerId: me } } : skipToken);
  if (owner === 'all') return { ownerIds: null, ready: true };
  if (!me) return { ownerIds: null, ready: false };
  if (owner === 'me') return { ownerIds: [me], ready: true };
  if (!team.data) return { ownerIds: null, ready: false };
  return { ownerIds: [me, ...team.data.users.nodes.map((u) => u.id)], ready: true };
}
