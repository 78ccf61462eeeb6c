import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { TerritoryModelsDocument, type TerritoryModelSummaryFragment } from '@/gql/graphql';

const STATE_ORDER: Record<string, number> = { ACTIVE: 0, PLANNING: 1, ARCHIVED: 2 };

/** Active first, then planning, then archived; by name within a state. */
export function sortModels(models: readonly TerritoryModelSummaryFragment[]): TerritoryModelSummaryFragment[] {
  return models
    .slice()
    .sort((a, b) => (STATE_ORDER[a.state] ?? 9) - (STATE_ORDER[b.state] ?? 9) || a.name.localeCompare(b.name));
}

/** The organisation's territory models, sorted for the picker; `selected` follows the URL. */
export function useTerritoryModels(selectedId: string | null) {
  const query = useQuery(TerritoryModelsDocument, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const nodes = query.data?.territoryModels.nodes;
  const models = useMemo(() => (nodes ? sortModels(nodes) : undefined), [nodes]);
  const active = models?.find((m) => m.state === 'ACTIVE') ?? null;
  const selected = (selectedId ? models?.find((m) => m.id === selectedId) : null) ?? active ?? models?.[0] ?? null;
  return {
    models,
    active,
    selected,
    /** The URL names a model that is not (or no longer) there. */
    missing: Boolean(selectedId && models && !models.some((m) => m.id === selectedId)),
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
  };
}
