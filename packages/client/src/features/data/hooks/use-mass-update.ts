import { useMutation } from '@apollo/client/react';

import {
  DataMassUpdateAccountsDocument,
  DataMassUpdateContactsDocument,
  DataMassUpdateLeadsDocument,
  DataMassUpdateOpportunitiesDocument,
  type BulkMode,
  type BulkObjectApiName,
  type DataBulkResultFragment,
  type FieldValueInput,
} from '@/gql/graphql';

/** What a mass update runs on: the rows (exactly one of ids, filter, csv) and the values. */
export interface MassUpdateRequest {
  ids?: string[];
  filter?: Record<string, unknown>;
  csv?: string;
  values: FieldValueInput[];
  mode: BulkMode;
  dryRun: boolean;
}

/** The object's massUpdate mutation (one per object on the server), behind one call. */
export function useMassUpdate() {
  const [accounts, a] = useMutation(DataMassUpdateAccountsDocument);
  const [contacts, c] = useMutation(DataMassUpdateContactsDocument);
  const [leads, l] = useMutation(DataMassUpdateLeadsDocument);
  const [opportunities, o] = useMutation(DataMassUpdateOpportunitiesDocument);

  const run = async (object: BulkObjectApiName, input: MassUpdateRequest): Promise<DataBulkResultFragment | null> => {
    const variables = { input: input as never };
    switch (object) {
      case 'Account': return (await accounts({ variables })).data?.massUpdateAccounts ?? null;
      case 'Contact': return (await contacts({ variables })).data?.massUpdateContacts ?? null;
      case 'Lead': return (await leads({ variables })).data?.massUpdateLeads ?? null;
      case 'Opportunity': return (await opportunities({ variables })).data?.massUpdateOpportunities ?? null;
    }
  };
  return { run, loading: a.loading || c.loading || l.loading || o.loading };
}
