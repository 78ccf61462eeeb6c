import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { OPPORTUNITIES_PAGE_SIZE } from '@/config/app';
import type { MyOpportunitiesQueryVariables, OpportunitySortField } from '@/gql/graphql';

export type SortableField = Extract<OpportunitySortField, 'closeDate' | 'amount' | 'name'>;
export type SortDirection = 'asc' | 'desc';

const SORTABLE_FIELDS: readonly SortableField[] = ['closeDate', 'amount', 'name'];

/** Direction used when a column is first clicked: biggest deals first, A→Z, soonest first. */
const DEFAULT_DIRECTION: Record<SortableField, SortDirection> = {
  closeDate: 'asc',
  amount: 'desc',
  name: 'asc',
};

const DEFAULT_SORT: SortableField = 'closeDate';

export interface OpportunitiesView {
  sort: SortableField;
  direction: SortDirection;
  after: string | null;
  before: string | null;
  /** 0-based position of the first row of this page in the whole list. */
  offset: number;
}

function parseView(params: URLSearchParams): OpportunitiesView {
  const sortParam = params.get('sort');
  const sort = SORTABLE_FIELDS.find((field) => field === sortParam) ?? DEFAULT_SORT;
  const dirParam = params.get('dir');
  const direction: SortDirection = dirParam === 'asc' || dirParam === 'desc' ? dirParam : DEFAULT_DIRECTION[sort];
  const after = params.get('after');
  const before = after ? null : params.get('before');
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  return { sort, direction, after, before, offset: after || before ? offset : 0 };
}

function toParams(view: OpportunitiesView): URLSearchParams {
  const params = new URLSearchParams({ sort: view.sort, dir: view.direction });
  if (view.after) params.set('after', view.after);
  if (view.before) params.set('before', view.before);
  if ((view.after || view.before) && view.offset > 0) params.set('offset', String(view.offset));
  return params;
}

export function toQueryVariables(view: OpportunitiesView, ownerId: string): MyOpportunitiesQueryVariables {
  const orderBy = [{ field: view.sort, direction: view.direction === 'asc' ? 'ASC' : 'DESC' } as const];
  if (view.before) return { ownerId, last: OPPORTUNITIES_PAGE_SIZE, before: view.before, orderBy };
  return { ownerId, first: OPPORTUNITIES_PAGE_SIZE, after: view.after, orderBy };
}

/**
 * Sort column, direction and page cursor live in the URL
 * (`?sort=amount&dir=desc&after=<cursor>&offset=20`) so a view can be shared.
 */
export function useOpportunitiesView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseView(searchParams), [searchParams]);

  const sortBy = useCallback(
    (field: SortableField) => {
      const direction: SortDirection =
        field === view.sort ? (view.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[field];
      setSearchParams(toParams({ sort: field, direction, after: null, before: null, offset: 0 }));
    },
    [setSearchParams, view],
  );

  const goNext = useCallback(
    (endCursor: string, rowsOnPage: number) => {
      setSearchParams(toParams({ ...view, after: endCursor, before: null, offset: view.offset + rowsOnPage }));
    },
    [setSearchParams, view],
  );

  const goPrevious = useCallback(
    (startCursor: string) => {
      const offset = view.offset - OPPORTUNITIES_PAGE_SIZE;
      // Back at the top: the plain first page is the same rows with a cleaner URL.
      if (offset <= 0) setSearchParams(toParams({ ...view, after: null, before: null, offset: 0 }));
      else setSearchParams(toParams({ ...view, after: null, before: startCursor, offset }));
    },
    [setSearchParams, view],
  );

  const goFirst = useCallback(() => {
    setSearchParams(toParams({ ...view, after: null, before: null, offset: 0 }));
  }, [setSearchParams, view]);

  return { view, sortBy, goNext, goPrevious, goFirst };
}
