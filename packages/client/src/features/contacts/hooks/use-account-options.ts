import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue } from 'react';

import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { ContactAccountOptionsDocument } from '@/gql/graphql';

/** Accounts whose name contains the term, for the contact's account typeahead. */
export function useAccountOptions(term: string): { options: ComboOption[]; loading: boolean } {
  const deferred = useDeferredValue(term.trim());
  const query = useQuery(ContactAccountOptionsDocument, deferred ? { variables: { term: deferred } } : skipToken);
  const nodes = (query.data ?? query.previousData)?.accounts.nodes ?? [];
  return { options: nodes.map((a) => ({ id: a.id, label: a.name, detail: a.billingCity })), loading: query.loading };
}
