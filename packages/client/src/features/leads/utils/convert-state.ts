import type { LeadConvertInput } from '@/gql/graphql';

import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';

/** The convert dialog's choices (Salesforce's Convert Lead page). */
export interface ConvertChoices {
  accountMode: 'new' | 'existing';
  account: ComboOption | null;
  accountTerm: string;
  /** '' = a new contact; else the id of an existing contact of the chosen account. */
  contactId: string;
  /** A new opportunity, an open one of the chosen (existing) account, or none. */
  opportunityMode: 'new' | 'existing' | 'none';
  opportunityName: string;
  /** With opportunityMode 'existing': the chosen opportunity. */
  opportunityId: string;
  convertedStatus: string;
  ownerId: string;
}

export function initialChoices(lead: { company: string; owner: { id: string } }, convertedStatus: string): ConvertChoices {
  return {
    accountMode: 'new',
    account: null,
    accountTerm: '',
    contactId: '',
    opportunityMode: 'new',
    opportunityName: `${lead.company}-`,
    opportunityId: '',
    convertedStatus,
    ownerId: lead.owner.id,
  };
}

/** The dialog's inputs, named as the server names them in extensions.field. */
export const CONVERT_FIELDS = ['accountId', 'contactId', 'opportunityId', 'opportunityName', 'doNotCreateOpportunity', 'convertedStatus', 'ownerId'] as const;

export function convertInput(leadId: string, c: ConvertChoices): LeadConvertInput {
  const existing = c.accountMode === 'existing' && c.account;
  const attach = Boolean(existing && c.opportunityMode === 'existing' && c.opportunityId);
  return {
    leadId,
    convertedStatus: c.convertedStatus,
    ownerId: c.ownerId || null,
    accountId: existing ? c.account!.id : null,
    contactId: existing && c.contactId ? c.contactId : null,
    doNotCreateOpportunity: c.opportunityMode === 'none',
    opportunityId: attach ? c.opportunityId : null,
    opportunityName: c.opportunityMode === 'new' ? c.opportunityName.trim() || null : null,
  };
}
