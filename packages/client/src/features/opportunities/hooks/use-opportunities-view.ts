import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { OPPORTUNITIES_PAGE_SIZE } from '@/config/app';
import type { MyOpportunitiesQueryVariables, OpportunityFilter, OpportunitySortField } from '@/gql/graphql';

import { periodRange } from '../utils/periods';

export type SortableField = Extract<OpportunitySortField, 'closeDate' | 'amount' | 'name'>;
export type SortDirection = 'asc' | 'desc';
export type StatusFilter = 'open' | 'won' | 'lost' | 'all';
export type PeriodFilter = 'any' | 'thisMonth' | 'thisQuarter';
export type ScopeFilter = 'mine' | 'team';

export const STATUSES: readonly StatusFilter[] = ['open', 'won', 'lost', 'all'];
const PERIODS: readonly PeriodFilter[] = ['any', 'thisMonth', 'thisQuarter'];
const SORTABLE_FIELDS: readonly SortableField[] = ['closeDate', 'amount', 'name'];

/** Direction used when a column is first clicked: biggest deals first, A→Z, soonest first. */
const DEFAULT_DIRECTION: Record<SortableField, SortDirection> = {
  closeDate: 'asc',
  amount: 'desc',
  name: 'asc',
};

/** What a list view selects and how it sorts (the part a saved view keeps). */
export interface ViewCriteria {
  status: StatusFilter;
  period: PeriodFilter;
  scope: ScopeFilter;
  sort: SortableField;
  direction: SortDirection;
}

/** The default: my open deals, nearest close date first. */
export const DEFAULT_CRITERIA: ViewCriteria = {
  status: 'open',
  period: 'any',
  scope: 'mine',
  sort: 'closeDate',
  direction: 'asc',
};

export interface OpportunitiesView extends ViewCriteria {
  after: string | null;
  before: string | null;
  /** 0-based position of the first row of this page in the whole list. */
  offset: number;
}

const pick = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  values.find((v) => v === raw) ?? fallback;

function parseView(params: URLSearchParams): OpportunitiesView {
  const sort = pick(SORTABLE_FIELDS, params.get('sort'), DEFAULT_CRITERIA.sort);
  const dirParam = params.get('dir');
  const direction: SortDirection = dirParam === 'asc' || dirParam === 'desc' ? dirParam : DEFAULT_DIRECTION[sort];
  const after = params.get('after');
  const before = after ? null : params.get('before');
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  return {
    status: pick(STATUSES, params.get('status'), DEFAULT_CRITERIA.status),
    period: pick(PERIODS, params.get('period'), DEFAULT_CRITERIA.period),
    scope: params.get('scope') === 'team' ? 'team' : 'mine',
    sort,
    direction,
    after,
    before,
    offset: after || before ? offset : 0,
  };
}

function toParams(view: OpportunitiesView): URLSearchParams {
  const params = new URLSearchParams({ status: view.status, sort: view.sort, dir: view.direction });
  if (view.period !== 'any') params.set('period', view.period);
  if (view.scope !== 'mine') params.set('scope', view.scope);
  if (view.after) params.set('after', view.after);
  if (view.before) params.set('before', view.before);
  if ((view.after || view.before) && view.offset > 0) params.set('offset', String(view.offset));
  return params;
}

/** The server filter of a view: owners (me, or my team and me), status and close-date period. */
export function toFilter(criteria: Pick<ViewCriteria, 'status' | 'period'>, ownerIds: readonly string[], today = new Date()): OpportunityFilter {
  const filter: OpportunityFilter = { ownerId: ownerIds.length === 1 ? { eq: ownerIds[0] } : { in: [...ownerIds] } };
  if (criteria.status === 'open') filter.isClosed = { eq: false };
  if (criteria.status === 'won') filter.isWon = { eq: true };
  if (criteria.status === 'lost') filter._and = [{ isClosed: { eq: true } }, { isWon: { eq: false } }];
  const range = periodRange(criteria.period, today);
  if (range) filter.closeDate = { between: range };
  return filter;
}

export function toQueryVariables(view: OpportunitiesView, ownerIds: readonly string[]): MyOpportunitiesQueryVariables {
  const filter = toFilter(view, ownerIds);
  const orderBy = [
    { field: view.sort, direction: view.direction === 'asc' ? 'ASC' : 'DESC' } as const,
    { field: 'id', direction: 'ASC' } as const,
  ];
  if (view.before) return { filter, last: OPPORTUNITIES_PAGE_SIZE, before: view.before, orderBy };
  return { filter, first: OPPORTUNITIES_PAGE_SIZE, after: view.after, orderBy };
}

export const sameCriteria = (a: ViewCriteria, b: ViewCriteria) =>
  a.status === b.status && a.period === b.period && a.scope === b.scope && a.sort === b.sort && a.direction === b.direction;

/**
 * Status, period, scope, sort and page cursor live in the URL
 * (`?status=open&sort=amount&dir=desc&after=<cursor>&offset=20`) so a view can be shared.
 */
export function useOpportunitiesView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseView(searchParams), [searchParams]);

  const sortBy = useCallback(
    (field: SortableField) => {
      const direction: SortDirection =
        field === view.sort ? (view.direction === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[field];
      setSearchParams(toParams({ ...view, sort: field, direction, after: null, before: null, offset: 0 }));
    },
    [setSearchParams, view],
  );

  const applyCriteria = useCallback(
    (criteria: Partial<ViewCriteria>) => setSearchParams(toParams({ ...view, ...criteria, after: null, before: null, offset: 0 })),
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

  return { view, sortBy, applyCriteria, goNext, goPrevious, goFirst };
}
