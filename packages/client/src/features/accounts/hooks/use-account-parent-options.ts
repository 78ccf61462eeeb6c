import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';

import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { AccountParentOptionsDocument } from '@/gql/graphql';

/** Accounts whose name contains the term, for the parent typeahead (not the account itself). */
export function useAccountParentOptions(term: string, excludeId?: string): { options: ComboOption[]; loading: boolean } {
  const deferred = useDeferredValue(term.trim());
  const query = useQuery(AccountParentOptionsDocument, deferred ? { variables: { term: deferred } } : skipToken);
  const nodes = (query.data ?? query.previousData)?.accounts.nodes ?? [];
  return {
    options: nodes.filter((a) => a.id !== excludeId).map((a) => ({ id: a.id, label: a.name, detail: a.billingCity })),
    loading: query.loading,
  };
}
