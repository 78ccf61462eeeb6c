import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';

import {
  PreviewAssignmentRulesDocument,
  RunAssignmentRulesDocument,
  type AssignmentRunResultFieldsFragment,
} from '@/gql/graphql';

import { MOVES_PAGE_SIZE } from '../config';

export type RunKind = 'preview' | 'run';

export interface RunState {
  modelId: string;
  kind: RunKind;
  movesLimit: number;
  loading: boolean;
  result?: AssignmentRunResultFieldsFragment;
  error?: unknown;
}

/**
 * Previews (any model: nothing is written) and runs (the active model) of a model's
 * assignment rules. Only the latest request's answer is kept. After a run every query on the
 * screen is refreshed (assignments, balances and accounts without territory changed).
 */
export function useAssignmentRun() {
  const client = useApolloClient();
  const [state, setState] = useState<RunState | null>(null);
  const latest = useRef(0);

  const preview = useCallback(
    async (modelId: string, movesLimit = MOVES_PAGE_SIZE) => {
      const request = ++latest.current;
      setState((current) => ({
        modelId,
        kind: 'preview',
        movesLimit,
        loading: true,
        // A larger page of the same preview keeps showing the current one meanwhile.
        result: current?.modelId === modelId && current.kind === 'preview' ? current.result : undefined,
      }));
      try {
        const { data } = await client.query({
          query: PreviewAssignmentRulesDocument,
          variables: { modelId, movesLimit },
          fetchPolicy: 'network-only',
        });
        if (request === latest.current) setState({ modelId, kind: 'preview', movesLimit, loading: false, result: data?.previewAssignmentRules });
      } catch (error) {
        if (request === latest.current) setState({ modelId, kind: 'preview', movesLimit, loading: false, error });
      }
    },
    [client],
  );

  const run = useCallback(
    async (modelId: string): Promise<boolean> => {
      const request = ++latest.current;
      setState({ modelId, kind: 'run', movesLimit: MOVES_PAGE_SIZE, loading: true });
      try {
        const { data } = await client.mutate({ mutation: RunAssignmentRulesDocument, variables: { modelId, movesLimit: MOVES_PAGE_SIZE } });
        if (request === latest.current) {
          setState({ modelId, kind: 'run', movesLimit: MOVES_PAGE_SIZE, loading: false, result: data?.runAssignmentRules });
        }
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'accountsWithoutTerritory' });
        client.cache.gc();
        await client.refetchQueries({ include: 'active' });
        return true;
      } catch (error) {
        if (request === latest.current) setState({ modelId, kind: 'run', movesLimit: MOVES_PAGE_SIZE, loading: false, error });
        return false;
      }
    },
    [client],
  );

  const clear = useCallback(() => {
    latest.current++;
    setState(null);
  }, []);

  return { state, preview, run, clear };
}
