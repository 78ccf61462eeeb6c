import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { OpportunityPicklistsDocument } from '@/gql/graphql';

export interface PicklistOption {
  value: string;
  label: string;
}

/** Allowed values of the fields a rule may ask for (competitor, lostReason), from the org's picklists. */
export type PicklistOptions = Partial<Record<string, readonly PicklistOption[]>>;

export function usePicklistOptions(): PicklistOptions {
  const { data } = useQuery(OpportunityPicklistsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    // Picklist fields are selects from the first render; their values arrive with the query
    // (the server refuses anything else, so a text box would only invite an error).
    if (!data) return { competitor: [], lostReason: [] };
    return {
      competitor: data.competitors.map((c) => ({ value: c.name, label: c.name })),
      lostReason: data.lostReasons.map((r) => ({ value: r.apiName, label: r.masterLabel })),
    };
  }, [data]);
}
