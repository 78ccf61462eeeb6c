import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';

import { BoardOpportunitiesDocument, type BoardCardFragment, type OpportunityFilter } from '@/gql/graphql';

import { useOwnerScope } from './use-owner-scope';
import type { ScopeFilter } from './use-opportunities-view';
import { useStageMove, type MissingField } from './use-stage-move';

/** Closed deals stay on the board this many days after their close date. */
export const CLOSED_RECENT_DAYS = 90;
/** Cards loaded at most (the query's page size). */
export const BOARD_LIMIT = 500;

export type BoardCard = BoardCardFragment;

/** A move in flight or waiting for fields: the card shows in `stageName` until it lands or is cancelled. */
export interface PendingMove {
  stageName: string;
  from: string;
  saving: boolean;
  missing?: MissingField[];
}

function boardFilter(ownerIds: readonly string[], today = new Date()): OpportunityFilter {
  const since = new Date(today.getTime() - CLOSED_RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  return {
    ownerId: { in: [...ownerIds] },
    _or: [{ isClosed: { eq: false } }, { closeDate: { after: since } }],
  };
}

/** Board data and moves: optimistic (the card moves at once), rolled back on failure or cancel. */
export function useBoard(scope: ScopeFilter) {
  const owners = useOwnerScope(scope);
  const filter = useMemo(() => (owners.ownerIds ? boardFilter(owners.ownerIds) : null), [owners.ownerIds]);
  const query = useQuery(BoardOpportunitiesDocument, filter ? { variables: { filter, first: BOARD_LIMIT }, fetchPolicy: 'cache-and-network' } : skipToken);
  const moveOnServer = useStageMove();
  const [pending, setPending] = useState<Record<string, PendingMove>>({});
  const [failure, setFailure] = useState<{ name: string; message: string | null } | null>(null);

  const cards = query.data?.opportunities.nodes ?? [];
  const stageOf = useCallback((card: BoardCard) => pending[card.id]?.stageName ?? card.stageName, [pending]);

  const settle = useCallback((id: string) => {
    setPending(({ [id]: _done, ...rest }) => rest);
  }, []);

  const run = useCallback(
    async (card: BoardCard, stageName: string, from: string, extra: Record<string, string | number> = {}) => {
      setFailure(null);
      setPending((p) => ({ ...p, [card.id]: { stageName, from, saving: true, missing: p[card.id]?.missing } }));
      const result = await moveOnServer(card.id, stageName, extra);
      if (result.kind === 'moved') settle(card.id);
      else if (result.kind === 'needs') setPending((p) => ({ ...p, [card.id]: { stageName, from, saving: false, missing: result.missing } }));
      else {
        settle(card.id);
        setFailure({ name: card.name, message: result.message });
      }
    },
    [moveOnServer, settle],
  );

  const move = useCallback(
    (card: BoardCard, stageName: string) => {
      const from = stageOf(card);
      if (from === stageName || pending[card.id]?.saving) return;
      void run(card, stageName, card.stageName);
    },
    [pending, run, stageOf],
  );

  const complete = useCallback(
    (card: BoardCard, values: Record<string, string | number>) => {
      const p = pending[card.id];
      if (p) void run(card, p.stageName, p.from, values);
    },
    [pending, run],
  );

  return {
    cards,
    totalCount: query.data?.opportunities.totalCount ?? 0,
    pending,
    stageOf,
    move,
    complete,
    cancel: settle,
    failure,
    dismissFailure: () => setFailure(null),
    isManager: owners.isManager,
    loading: owners.loading || query.loading,
    error: owners.error ?? query.error,
    refetch: () => void query.refetch(),
  };
}
