import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { OpportunityStagesDocument, type OpportunityStagesQuery } from '@/gql/graphql';

export type Stage = OpportunityStagesQuery['opportunityStages'][number];

/** The organisation's active stages in path order (open ones first, then closed). */
export function useStages() {
  const { data, loading, error, refetch } = useQuery(OpportunityStagesDocument);
  const stages = useMemo(
    () =>
      (data?.opportunityStages ?? [])
        .filter((s) => s.isActive)
        .slice()
        .sort((a, b) => Number(a.isClosed) - Number(b.isClosed) || a.sortOrder - b.sortOrder),
    [data],
  );
  return { stages, loading, error, refetch };
}
