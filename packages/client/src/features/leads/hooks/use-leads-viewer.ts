import { useQuery } from '@apollo/client/react';

import { LeadsViewerDocument } from '@/gql/graphql';

/** The signed-in user, the org's lead statuses and lead sources (by sortOrder). */
export function useLeadsViewer() {
  const query = useQuery(LeadsViewerDocument, { fetchPolicy: 'cache-first' });
  const statuses = query.data?.leadStatuses ?? [];
  const leadSources = query.data?.leadSources ?? [];
  return {
    me: query.data?.me,
    statuses,
    /** Active LeadSource values of the org, by sortOrder. */
    leadSources: leadSources.map((s) => s.apiName),
    openStatuses: statuses.filter((s) => !s.isConverted),
    convertedStatuses: statuses.filter((s) => s.isConverted),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
