import type { ContactFilter } from '@/gql/graphql';

import type { ContactFilterKey } from '../config';

/** The list's URL filters as a ContactFilter; `ownerIds` null: any owner the caller can see. */
export function toContactFilter(filters: Record<ContactFilterKey, string>, ownerIds: string[] | null): ContactFilter {
  const filter: ContactFilter = {};
  const text = (key: ContactFilterKey) => filters[key].trim();
  if (text('q')) filter.name = { contains: text('q') };
  if (text('email')) filter.email = { contains: text('email') };
  if (text('title')) filter.title = { contains: text('title') };
  if (text('city')) filter.mailingCity = { contains: text('city') };
  if (text('country')) filter.mailingCountry = { contains: text('country') };
  if (ownerIds) filter.ownerId = ownerIds.length === 1 ? { eq: ownerIds[0] } : { in: ownerIds };
  return filter;
}

interface MailingAddress {
  mailingStreet?: string | null;
  mailingCity?: string | null;
  mailingState?: string | null;
  mailingPostalCode?: string | null;
  mailingCountry?: string | null;
}

/** The mailing address on one line, or null when blank. */
export function mailingOneLine(a: MailingAddress): string | null {
  const cityLine = [a.mailingCity, [a.mailingState, a.mailingPostalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.mailingStreet?.replace(/\s*\n\s*/g, ', '), cityLine, a.mailingCountry].filter(Boolean).join(', ') || null;
}
