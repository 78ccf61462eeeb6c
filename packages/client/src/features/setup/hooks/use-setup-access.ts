import { useQuery } from '@apollo/client/react';

import { CurrentUserDocument } from '@/gql/graphql';

import { SETUP_ROLES } from '../config';

/** Whether the signed-in user may use Setup (false until their profile has loaded). */
export function useSetupAccess() {
  const query = useQuery(CurrentUserDocument);
  const me = query.data?.me ?? null;
  return { me, canSetup: Boolean(me && SETUP_ROLES.includes(me.role)), loading: query.loading, error: query.error };
}

/** For the sidebar: whether to show the Setup entries. */
export function useCanUseSetup(): boolean {
  return useSetupAccess().canSetup;
}
