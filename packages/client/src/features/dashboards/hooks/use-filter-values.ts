import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { FilterInfo } from '../components/dashboard-filters';
import type { FilterValues } from '../utils/variables';

/** Filter values in the URL (shareable); a filter absent from the URL takes its default, "" = none. */
export function useFilterValues(filters: readonly FilterInfo[]): [FilterValues, (name: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => {
    const out: FilterValues = {};
    for (const f of filters) {
      const v = params.has(f.name) ? params.get(f.name) : f.defaultValue;
      if (v) out[f.name] = v;
    }
    return out;
  }, [filters, params]);
  const set = useCallback(
    (name: string, value: string) => {
      const next = new URLSearchParams(params);
      next.set(name, value);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [values, set];
}
