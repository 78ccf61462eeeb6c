import { useQuery } from '@apollo/client/react';

import { HomeViewerDocument } from '@/gql/graphql';

import { MANAGER_ROLES } from '../config';

export function useHomeViewer() {
  const query = useQuery(HomeViewerDocument);
  const me = query.data?.me ?? null;
  return { me, isManager: Boolean(me && MANAGER_ROLES.includes(me.role)), loading: query.loading, error: query.error, refetch: () => query.refetch() };
}
