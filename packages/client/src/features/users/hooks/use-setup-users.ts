import { skipToken, useQuery } from '@apollo/client/react';

import { SetupUsersDocument } from '@/gql/graphql';

import { USERS_LIMIT } from '../config';

/** Every user of the organisation by name; nothing is asked for until `enabled` (administrators). */
export function useSetupUsers(enabled: boolean) {
  const query = useQuery(
    SetupUsersDocument,
    enabled ? { variables: { first: USERS_LIMIT }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } : skipToken,
  );
  return {
    users: query.data?.users.nodes,
    totalCount: query.data?.users.totalCount ?? 0,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
