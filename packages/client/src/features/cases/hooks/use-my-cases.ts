import { useQuery } from '@apollo/client/react';

import { CaseConsoleViewerDocument, CaseListDocument, type CaseFilter } from '@/gql/graphql';

/** The signed-in agent's open cases, most urgent resolution first (optionally one priority). */
export function useMyOpenCases(priority?: string | null) {
  const viewer = useQuery(CaseConsoleViewerDocument);
  const me = viewer.data?.me;
  const filter: CaseFilter = { isClosed: { eq: false }, ownerId: { eq: me?.id ?? '' }, ...(priority ? { priority: { eq: priority } } : {}) };
  const list = useQuery(CaseListDocument, {
    variables: { filter, first: 50, orderBy: [{ field: 'resolutionDueDate', direction: 'ASC' }] },
    skip: !me,
    fetchPolicy: 'cache-and-network',
  });
  return { me, cases: list.data?.cases.nodes ?? [], total: list.data?.cases.totalCount ?? 0, loading: viewer.loading || list.loading, error: viewer.error ?? list.error, refetch: list.refetch };
}

/** The unassigned open cases waiting in one channel's queue, oldest first. */
export function useQueueCases(origin: string) {
  const list = useQuery(CaseListDocument, {
    variables: { filter: { isClosed: { eq: false }, ownerId: { isNull: true }, origin: { eq: origin } }, first: 50, orderBy: [{ field: 'createdDate', direction: 'ASC' }] },
    fetchPolicy: 'cache-and-network',
  });
  return { cases: list.data?.cases.nodes ?? [], loading: list.loading, error: list.error, refetch: list.refetch };
}
