import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { LeadSortField } from '@/gql/graphql';

import { LEADS_PAGE_SIZE } from '../config';

export type LeadSort = Extract<LeadSortField, 'name' | 'company' | 'status' | 'leadSource' | 'rating' | 'createdDate'>;
export type SortDirection = 'asc' | 'desc';
export type OwnerScope = 'all' | 'me' | 'team';

const SORTS: readonly LeadSort[] = ['name', 'company', 'status', 'leadSource', 'rating', 'createdDate'];
const OWNERS: readonly OwnerScope[] = ['all', 'me', 'team'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface LeadFilters {
  status: string | null;
  leadSource: string | null;
  rating: string | null;
  owner: OwnerScope;
  /** Created on or after / on or before (YYYY-MM-DD, the user's days). */
  from: string | null;
  to: string | null;
  q: string;
}

export interface LeadsView extends LeadFilters {
  /** "New leads to review": open, not contacted, mine, newest first (other filters ignored). */
  review: boolean;
  sort: LeadSort;
  direction: SortDirection;
  after: string | null;
  before: string | null;
  offset: number;
}

export const NO_FILTERS: LeadFilters = { status: null, leadSource: null, rating: null, owner: 'all', from: null, to: null, q: '' };

function parse(params: URLSearchParams): LeadsView {
  const review = params.get('view') === 'review';
  const sortParam = params.get('sort');
  const sort = SORTS.find((s) => s === sortParam) ?? 'createdDate';
  const dirParam = params.get('dir');
  const direction: SortDirection = dirParam === 'asc' || dirParam === 'desc' ? dirParam : sort === 'createdDate' ? 'desc' : 'asc';
  const after = params.get('after');
  const before = after ? null : params.get('before');
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const date = (key: string) => {
    const v = params.get(key);
    return v && DATE.test(v) ? v : null;
  };
  const ownerParam = params.get('owner');
  return {
    review,
    status: params.get('status') || null,
    leadSource: params.get('source') || null,
    rating: params.get('rating') || null,
    owner: OWNERS.find((o) => o === ownerParam) ?? 'all',
    from: date('from'),
    to: date('to'),
    q: params.get('q') ?? '',
    sort: review ? 'createdDate' : sort,
    direction: review ? 'desc' : direction,
    after,
    before,
    offset: after || before ? offset : 0,
  };
}

function toParams(view: LeadsView): URLSearchParams {
  const p = new URLSearchParams();
  if (view.review) p.set('view', 'review');
  else {
    if (view.status) p.set('status', view.status);
    if (view.leadSource) p.set('source', view.leadSource);
    if (view.rating) p.set('rating', view.rating);
    if (view.owner !== 'all') p.set('owner', view.owner);
    if (view.from) p.set('from', view.from);
    if (view.to) p.set('to', view.to);
    if (view.q) p.set('q', view.q);
    if (view.sort !== 'createdDate' || view.direction !== 'desc') {
      p.set('sort', view.sort);
      p.set('dir', view.direction);
    }
  }
  if (view.after) p.set('after', view.after);
  if (view.before) p.set('before', view.before);
  if ((view.after || view.before) && view.offset > 0) p.set('offset', String(view.offset));
  return p;
}

const FIRST_PAGE = { after: null, before: null, offset: 0 };

/** Filters, sort and page of the leads list, all in the URL so a view can be shared. */
export function useLeadsView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parse(searchParams), [searchParams]);
  const go = useCallback((next: LeadsView) => setSearchParams(toParams(next)), [setSearchParams]);

  return {
    view,
    setFilters: (filters: Partial<LeadFilters>) => go({ ...view, ...filters, ...FIRST_PAGE }),
    clearFilters: () => go({ ...view, ...NO_FILTERS, ...FIRST_PAGE }),
    sortBy: (sort: LeadSort) => {
      const direction: SortDirection =
        sort === view.sort ? (view.direction === 'asc' ? 'desc' : 'asc') : sort === 'createdDate' ? 'desc' : 'asc';
      go({ ...view, sort, direction, ...FIRST_PAGE });
    },
    goNext: (endCursor: string, rows: number) => go({ ...view, after: endCursor, before: null, offset: view.offset + rows }),
    goPrevious: (startCursor: string) => {
      const offset = view.offset - LEADS_PAGE_SIZE;
      go(offset <= 0 ? { ...view, ...FIRST_PAGE } : { ...view, after: null, before: startCursor, offset });
    },
    goFirst: () => go({ ...view, ...FIRST_PAGE }),
  };
}

export const hasFilters = (v: LeadFilters) =>
  Boolean(v.status || v.leadSource || v.rating || v.owner !== 'all' || v.from || v.to || v.q);
