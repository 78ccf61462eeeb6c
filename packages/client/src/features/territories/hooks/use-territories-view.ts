import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { formatQuarterParam, parseQuarterParam, quarterOf, quarterRange, type Quarter } from '../utils/quarter';

export const TERRITORY_TABS = ['tree', 'rules', 'unassigned'] as const;
export type TerritoryTab = (typeof TERRITORY_TABS)[number];

export interface TerritoriesView {
  /** The chosen model; null: the active one (or the first). */
  modelId: string | null;
  tab: TerritoryTab;
  quarter: Quarter;
  period: { periodStart: string; periodEnd: string };
}

/**
 * Model, tab and quarter live in the URL (`?model=<id>&tab=rules&quarter=2026-Q4`), so a view
 * can be shared and survives a reload. The quarter defaults to the current one.
 */
export function useTerritoriesView() {
  const [params, setParams] = useSearchParams();
  const modelParam = params.get('model');
  const tabParam = params.get('tab');
  const quarterParam = params.get('quarter');

  const view = useMemo<TerritoriesView>(() => {
    const tab = TERRITORY_TABS.find((t) => t === tabParam) ?? 'tree';
    const quarter = parseQuarterParam(quarterParam) ?? quarterOf(new Date());
    return { modelId: modelParam || null, tab, quarter, period: quarterRange(quarter) };
  }, [modelParam, tabParam, quarterParam]);

  const update = useCallback(
    (change: { modelId?: string; tab?: TerritoryTab; quarter?: Quarter }, replace = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (change.modelId !== undefined) next.set('model', change.modelId);
          if (change.tab !== undefined) {
            if (change.tab === 'tree') next.delete('tab');
            else next.set('tab', change.tab);
          }
          if (change.quarter !== undefined) next.set('quarter', formatQuarterParam(change.quarter));
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  return { view, update };
}
