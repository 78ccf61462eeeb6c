import { useMutation, useQuery } from '@apollo/client/react';

import { LeadPageDocument, UpdateLeadDocument, type UpdateLeadInput } from '@/gql/graphql';

/** One lead, and its update carrying the version read (optimistic concurrency). */
export function useLead(leadId: string) {
  const query = useQuery(LeadPageDocument, { variables: { id: leadId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [mutate, update] = useMutation(UpdateLeadDocument);
  const lead = query.data?.lead;
  return {
    lead,
    loading: query.loading,
    error: query.error,
    refetch: () => query.refetch(),
    saving: update.loading,
    /** Rejects with the server's error (CONFLICT when someone saved the lead since it was read). */
    save: async (input: UpdateLeadInput) => {
      if (!lead) throw new Error('no lead');
      const { data } = await mutate({ variables: { id: lead.id, input: { ...input, expectedVersion: lead.version } } });
      return data?.updateLead;
    },
  };
}
