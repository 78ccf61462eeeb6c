import { skipToken, useQuery } from '@apollo/client/react';

import {
  ConvertAccountOptionsDocument,
  ConvertContactOptionsDocument,
  ConvertOpportunityOptionsDocument,
  ConvertOwnerOptionsDocument,
} from '@/gql/graphql';

import { useDebounced } from './use-debounced';

/** What the convert dialog offers: accounts matching the typed name, the chosen account's contacts and open opportunities, owners. */
export function useConvertOptions(accountTerm: string, accountId: string | null, enabled: boolean) {
  const term = useDebounced(accountTerm.trim(), 250);
  const accounts = useQuery(ConvertAccountOptionsDocument, enabled && term ? { variables: { name: term } } : skipToken);
  const contacts = useQuery(ConvertContactOptionsDocument, enabled && accountId ? { variables: { accountId } } : skipToken);
  const opportunities = useQuery(ConvertOpportunityOptionsDocument, enabled && accountId ? { variables: { accountId } } : skipToken);
  const owners = useQuery(ConvertOwnerOptionsDocument, enabled ? {} : skipToken);
  return {
    accounts: (term ? accounts.data?.accounts.nodes : undefined) ?? [],
    accountsLoading: accounts.loading || term !== accountTerm.trim(),
    contacts: accountId ? (contacts.data?.contacts.nodes ?? []) : [],
    contactsLoading: contacts.loading,
    /** Open opportunities of the chosen account. */
    opportunities: accountId ? (opportunities.data?.opportunities.nodes ?? []) : [],
    owners: owners.data?.users.nodes ?? [],
  };
}
