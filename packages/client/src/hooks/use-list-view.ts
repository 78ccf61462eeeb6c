import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type ListSortDirection = 'asc' | 'desc';

/** A list's filters, sort and page as they stand in the URL (shareable, survives a reload). */
export interface ListView<F extends string, S extends string> {
  filters: Record<F, string>;
  sort: S;
  direction: ListSortDirection;
  after: string | null;
  before: string | null;
  /** 0-based position of the page's first row. */
  offset: number;
}

export interface ListViewConfig<F extends string, S extends string> {
  filterKeys: readonly F[];
  sortFields: readonly S[];
  defaultSort: S;
  /** Filter values used when the URL has none (e.g. owner=me). */
  defaultFilters?: Partial<Record<F, string>>;
}

/**
 * Filters, sort column, direction and cursor in the URL
 * (`?q=acme&type=Prospect&sort=name&dir=asc&after=<cursor>&offset=20`).
 */
export function useListView<F extends string, S extends string>(config: ListViewConfig<F, S>) {
  const [params, setParams] = useSearchParams();
  const { filterKeys, sortFields, defaultSort, defaultFilters } = config;

  const view = useMemo<ListView<F, S>>(() => {
    const filters = {} as Record<F, string>;
    for (const key of filterKeys) filters[key] = params.get(key) ?? defaultFilters?.[key] ?? '';
    const sortParam = params.get('sort');
    const sort = sortFields.find((f) => f === sortParam) ?? defaultSort;
    const dir = params.get('dir');
    const after = params.get('after');
    const before = after ? null : params.get('before');
    const offset = after || before ? Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0) : 0;
    return { filters, sort, direction: dir === 'desc' ? 'desc' : 'asc', after, before, offset };
  }, [params, filterKeys, sortFields, defaultSort, defaultFilters]);

  const write = useCallback(
    (next: ListView<F, S>) => {
      const out = new URLSearchParams();
      for (const key of filterKeys) {
        const value = next.filters[key];
        if (value !== (defaultFilters?.[key] ?? '')) out.set(key, value);
      }
      if (next.sort !== defaultSort || next.direction !== 'asc') {
        out.set('sort', next.sort);
        out.set('dir', next.direction);
      }
      if (next.after) out.set('after', next.after);
      if (next.before) out.set('before', next.before);
      if ((next.after || next.before) && next.offset > 0) out.set('offset', String(next.offset));
      setParams(out, { replace: false });
    },
    [setParams, filterKeys, defaultFilters, defaultSort],
  );

  const firstPage = { after: null, before: null, offset: 0 };
  return {
    view,
    setFilter: (key: F, value: string) => write({ ...view, ...firstPage, filters: { ...view.filters, [key]: value } }),
    resetFilters: () => write({ ...view, ...firstPage, filters: { ...(defaultFilters ?? {}) } as Record<F, string> }),
    sortBy: (field: S) =>
      write({
        ...view,
        ...firstPage,
        sort: field,
        direction: field === view.sort && view.direction === 'asc' ? 'desc' : 'asc',
      }),
    goNext: (endCursor: string, rows: number) =>
      write({ ...view, after: endCursor, before: null, offset: view.offset + rows }),
    goPrevious: (startCursor: string, pageSize: number) => {
      const offset = view.offset - pageSize;
      write(offset <= 0 ? { ...view, ...firstPage } : { ...view, after: null, before: startCursor, offset });
    },
    goFirst: () => write({ ...view, ...firstPage }),
  };
}

/** first/after or last/before variables for one page of the view. */
export function pageVariables(view: ListView<string, string>, pageSize: number) {
  return view.before ? { last: pageSize, before: view.before } : { first: pageSize, after: view.after };
}
