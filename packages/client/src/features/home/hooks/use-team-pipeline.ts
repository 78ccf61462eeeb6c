import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { HomePipelineDocument, HomePipelineStagesDocument, type HomePipelineQuery } from '@/gql/graphql';

import { pipelineByStage, type StageTotal } from '../utils/pipeline';

type Deal = HomePipelineQuery['opportunities']['nodes'][number];

/** At most this many pages of 500 (the server's page limit) are summed. */
const MAX_PAGES = 40;

/**
 * The open pipeline the manager can see, per stage. There is no aggregate field in the API,
 * so the open deals are read 500 at a time (id, stage, amount only) and summed here.
 */
export function useTeamPipeline(enabled: boolean) {
  const client = useApolloClient();
  const stages = useQuery(HomePipelineStagesDocument, { skip: !enabled });
  const [state, setState] = useState<{ rows: StageTotal[] | null; total: number; partial: boolean; error: unknown }>({
    rows: null,
    total: 0,
    partial: false,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const stageList = stages.data?.opportunityStages;

  useEffect(() => {
    if (!enabled || !stageList) return;
    let cancelled = false;
    (async () => {
      const deals: Deal[] = [];
      let after: string | null = null;
      let total = 0;
      let pages = 0;
      let more = true;
      while (more && pages < MAX_PAGES) {
        const result: ApolloClient.QueryResult<HomePipelineQuery> = await client.query({ query: HomePipelineDocument, variables: { after }, fetchPolicy: 'network-only' });
        if (!result.data) throw result.error ?? new Error('no data');
        const page: HomePipelineQuery['opportunities'] = result.data.opportunities;
        deals.push(...page.nodes);
        total = page.totalCount;
        after = page.pageInfo.endCursor ?? null;
        more = page.pageInfo.hasNextPage && after !== null;
        pages += 1;
      }
      if (!cancelled) setState({ rows: pipelineByStage(stageList, deals), total, partial: more, error: null });
    })().catch((error: unknown) => {
      if (!cancelled) setState((s) => ({ ...s, error }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, enabled, stageList, attempt]);

  return {
    ...state,
    error: state.error ?? stages.error,
    loading: enabled && !state.rows && !state.error,
    retry: () => {
      setState((s) => ({ ...s, error: null }));
      setAttempt((n) => n + 1);
      if (stages.error) void stages.refetch();
    },
  };
}
