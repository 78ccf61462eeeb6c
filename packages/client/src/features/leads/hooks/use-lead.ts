import { useMutation, useQuery } from '@apollo/client/react';

import { useEffect } from 'react';

import { LeadPageDocument, MarkLeadReadDocument, UpdateLeadDocument, type UpdateLeadInput } from '@/gql/graphql';

/**
 * One lead, and its update carrying the version read (optimistic concurrency). When the viewer
 * (`viewerId`) owns an unread lead, opening it marks it read (an explicit mutation: reads never write).
 */
export function useLead(leadId: string, viewerId?: string) {
  const query = useQuery(LeadPageDocument, { variables: { id: leadId }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  const [mutate, update] = useMutation(UpdateLeadDocument);
  const [markRead] = useMutation(MarkLeadReadDocument);
  const lead = query.data?.lead;
  const unreadMine = Boolean(lead?.isUnreadByOwner && viewerId && lead.owner.id === viewerId);
  useEffect(() => {
    if (unreadMine) void markRead({ variables: { id: leadId } }).catch(() => undefined);
  }, [unreadMine, leadId, markRead]);
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
