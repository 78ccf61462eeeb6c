import { useQuery } from '@apollo/client/react';

import { CurrentUserDocument } from '@/gql/graphql';

import { USER_MANAGER_ROLES } from '../config';

/** Whether the signed-in user may manage users (false until their profile has loaded). */
export function useCanManageUsers(): boolean {
  return useUsersViewer().canManage;
}

/** The signed-in user as Setup > Users needs them: who they are and whether they may manage users. */
export function useUsersViewer() {
  const query = useQuery(CurrentUserDocument);
  const me = query.data?.me ?? null;
  return {
    me,
    canManage: Boolean(me && USER_MANAGER_ROLES.includes(me.role)),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
