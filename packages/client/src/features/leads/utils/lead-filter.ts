import type { LeadFilter, LeadsListQueryVariables } from '@/gql/graphql';

import { LEADS_PAGE_SIZE, REVIEW_STATUS } from '../config';
import type { LeadsView } from '../hooks/use-leads-view';

/** The start of a local calendar day as an ISO instant. */
export function dayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

/** The GraphQL variables of one page of the view; `teamIds`: the users reporting to the caller. */
export function leadsQueryVariables(view: LeadsView, meId: string, teamIds: readonly string[]): LeadsListQueryVariables {
  const filter: LeadFilter = {};
  if (view.review) {
    // Mine, and either still not contacted or not opened since it was given to me.
    filter.isConverted = { eq: false };
    filter.ownerId = { eq: meId };
    filter._or = [{ status: { eq: REVIEW_STATUS } }, { isUnreadByOwner: { eq: true } }];
  } else {
    if (view.status) filter.status = { eq: view.status };
    if (view.leadSource) filter.leadSource = { eq: view.leadSource };
    if (view.rating) filter.rating = { eq: view.rating };
    if (view.owner === 'me') filter.ownerId = { eq: meId };
    if (view.owner === 'team') filter.ownerId = { in: [meId, ...teamIds] };
    if (view.from && view.to) filter.createdDate = { between: { start: dayStart(view.from), end: dayStart(view.to, 1) } };
    else if (view.from) filter.createdDate = { after: dayStart(view.from) };
    else if (view.to) filter.createdDate = { before: dayStart(view.to, 1) };
    const q = view.q.trim();
    if (q) filter._or = [{ name: { contains: q } }, { company: { contains: q } }, { email: { contains: q } }];
  }
  // The server breaks ties by id, so pages are stable.
  const orderBy = [{ field: view.sort, direction: view.direction === 'asc' ? 'ASC' : 'DESC' } as const];
  if (view.before) return { filter, last: LEADS_PAGE_SIZE, before: view.before, orderBy };
  return { filter, first: LEADS_PAGE_SIZE, after: view.after, orderBy };
}
