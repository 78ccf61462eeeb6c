import type { AccountFilter } from '@/gql/graphql';

import type { AccountFilterKey } from '../config';

/** The list's URL filters as an AccountFilter; `ownerIds` null: any owner the caller can see. */
export function toAccountFilter(filters: Record<AccountFilterKey, string>, ownerIds: string[] | null): AccountFilter {
  const filter: AccountFilter = {};
  const q = filters.q.trim();
  if (q) filter.name = { contains: q };
  if (filters.type) filter.type = { eq: filters.type };
  if (filters.industry) filter.industry = { eq: filters.industry };
  if (filters.city.trim()) filter.billingCity = { contains: filters.city.trim() };
  if (filters.country.trim()) filter.billingCountry = { contains: filters.country.trim() };
  if (ownerIds) filter.ownerId = ownerIds.length === 1 ? { eq: ownerIds[0] } : { in: ownerIds };
  return filter;
}
