import { useQuery } from '@apollo/client/react';

import { LeadsViewerDocument } from '@/gql/graphql';

/** The signed-in user and the org's lead statuses (by sortOrder). */
export function useLeadsViewer() {
  const query = useQuery(LeadsViewerDocument, { fetchPolicy: 'cache-first' });
  const statuses = query.data?.leadStatuses ?? [];
  return {
    me: query.data?.me,
    statuses,
    openStatuses: statuses.filter((s) => !s.isConverted),
    convertedStatuses: statuses.filter((s) => s.isConverted),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
