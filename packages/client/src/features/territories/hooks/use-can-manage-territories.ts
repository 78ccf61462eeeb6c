import { useQuery } from '@apollo/client/react';

import { CurrentUserDocument } from '@/gql/graphql';

import { TERRITORY_MANAGER_ROLES } from '../config';

/** Whether the signed-in user may change models, rules and assignments (reading is for everyone). */
export function useCanManageTerritories(): boolean {
  const { data } = useQuery(CurrentUserDocument);
  return Boolean(data?.me && TERRITORY_MANAGER_ROLES.includes(data.me.role));
}
