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
    if (!data) return {};
    return {
      competitor: data.competitors.map((c) => ({ value: c.name, label: c.name })),
      lostReason: data.lostReasons.map((r) => ({ value: r.apiName, label: r.masterLabel })),
    };
  }, [data]);
}
