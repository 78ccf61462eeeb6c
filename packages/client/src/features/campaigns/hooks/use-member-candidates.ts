import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import {
  CampaignCandidateAccountsDocument,
  CampaignContactCandidatesDocument,
  CampaignLeadCandidatesDocument,
  type ContactFilter,
  type LeadFilter,
} from '@/gql/graphql';

import { CANDIDATE_ACCOUNTS_LIMIT, CANDIDATES_PAGE_SIZE, FILTER_DEBOUNCE_MS } from '../config';
import { useDebouncedValue } from './use-debounced-value';

export type CandidateKind = 'lead' | 'contact';

export interface CandidateCriteria {
  name: string;
  company: string;
  city: string;
  leadSource: string;
}

export interface Candidate {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  city: string | null;
  leadSource: string | null;
  isMember: boolean;
}

export type CandidateFilter = { kind: 'lead'; filter: LeadFilter } | { kind: 'contact'; filter: ContactFilter };

const contains = (value: string) => (value ? { contains: value } : undefined);

function leadFilterOf(c: CandidateCriteria): LeadFilter {
  // Converted leads live on as contacts: they are never added as leads.
  return {
    isConverted: { eq: false },
    name: contains(c.name),
    company: contains(c.company),
    city: contains(c.city),
    leadSource: contains(c.leadSource),
  };
}

function contactFilterOf(c: CandidateCriteria, accountIds: readonly string[] | null): ContactFilter {
  return {
    name: contains(c.name),
    mailingCity: contains(c.city),
    leadSource: contains(c.leadSource),
    accountId: accountIds ? { in: [...accountIds] } : undefined,
  };
}

const trimmed = (c: CandidateCriteria): CandidateCriteria => ({
  name: c.name.trim(),
  company: c.company.trim(),
  city: c.city.trim(),
  leadSource: c.leadSource.trim(),
});

/**
 * Leads or contacts matching the "Add members" criteria (searched once typing pauses), each
 * marked when already in the campaign. Contacts have no company of their own: their accounts'
 * names are matched first, and the contacts of those accounts listed.
 */
export function useMemberCandidates(campaignId: string, kind: CandidateKind, criteria: CandidateCriteria) {
  const settled = useDebouncedValue(criteria, FILTER_DEBOUNCE_MS);
  const c = useMemo(() => trimmed(settled), [settled]);
  const typing = JSON.stringify(trimmed(criteria)) !== JSON.stringify(c);

  const byCompany = kind === 'contact' && c.company !== '';
  const accounts = useQuery(
    CampaignCandidateAccountsDocument,
    byCompany ? { variables: { name: c.company, first: CANDIDATE_ACCOUNTS_LIMIT } } : skipToken,
  );
  // The matching accounts' ids as one string: a stable dependency for the filter below.
  const accountKey = byCompany ? (accounts.data?.accounts.nodes.map((a) => a.id).join(',') ?? null) : null;
  const noAccount = accountKey === '';
  const accountsCapped = byCompany && (accounts.data?.accounts.totalCount ?? 0) > CANDIDATE_ACCOUNTS_LIMIT;

  const filter: CandidateFilter | null = useMemo(() => {
    if (kind === 'lead') return { kind, filter: leadFilterOf(c) };
    if (!byCompany) return { kind, filter: contactFilterOf(c, null) };
    if (!accountKey) return null; // accounts still loading, or none matched
    return { kind, filter: contactFilterOf(c, accountKey.split(',')) };
  }, [kind, c, byCompany, accountKey]);

  const leads = useQuery(
    CampaignLeadCandidatesDocument,
    filter?.kind === 'lead'
      ? { variables: { filter: filter.filter, first: CANDIDATES_PAGE_SIZE, campaignId }, fetchPolicy: 'cache-and-network' }
      : skipToken,
  );
  const contacts = useQuery(
    CampaignContactCandidatesDocument,
    filter?.kind === 'contact'
      ? { variables: { filter: filter.filter, first: CANDIDATES_PAGE_SIZE, campaignId }, fetchPolicy: 'cache-and-network' }
      : skipToken,
  );

  // While a new search runs, the previous results stay on screen (dimmed by the caller).
  const leadData = leads.data ?? leads.previousData;
  const contactData = contacts.data ?? contacts.previousData;

  const candidates: Candidate[] | undefined = useMemo(() => {
    if (noAccount) return [];
    if (kind === 'lead') {
      return leadData?.leads.nodes.map((lead) => ({
        id: lead.id,
        name: lead.name,
        email: lead.email ?? null,
        company: lead.company,
        city: lead.city ?? null,
        leadSource: lead.leadSource ?? null,
        isMember: lead.membership.totalCount > 0,
      }));
    }
    return contactData?.contacts.nodes.map((contact) => ({
      id: contact.id,
      name: contact.name,
      email: contact.email ?? null,
      company: contact.account?.name ?? null,
      city: contact.mailingCity ?? null,
      leadSource: contact.leadSource ?? null,
      isMember: contact.membership.totalCount > 0,
    }));
  }, [kind, noAccount, leadData, contactData]);

  const active = kind === 'lead' ? leads : contacts;
  const totalCount = noAccount ? 0 : kind === 'lead' ? (leadData?.leads.totalCount ?? 0) : (contactData?.contacts.totalCount ?? 0);
  /** Results shown are those of an earlier search (a new one is on its way). */
  const stale = typing || accounts.loading || (!noAccount && (kind === 'lead' ? !leads.data : !contacts.data));

  return {
    candidates,
    totalCount,
    /** The filter that lists them: "add all matching" sends the same one. */
    filter: noAccount ? null : filter,
    loading: typing || accounts.loading || active.loading,
    stale: stale && candidates !== undefined,
    error: accounts.error ?? active.error,
    accountsCapped,
    refetch: () => active.refetch(),
  };
}
