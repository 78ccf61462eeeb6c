import type { CreateLeadInput, LeadDetailFragment, UpdateLeadInput } from '@/gql/graphql';

/** The text inputs of the lead form, by their API field names. */
export const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'title',
  'email',
  'phone',
  'mobilePhone',
  'industry',
  'street',
  'city',
  'state',
  'postalCode',
  'country',
  'description',
] as const;

/** Picklists of the form. */
export const PICK_FIELDS = ['status', 'leadSource', 'rating'] as const;

export type LeadFormField = (typeof TEXT_FIELDS)[number] | (typeof PICK_FIELDS)[number];
export type LeadFormValues = Record<LeadFormField, string>;

const ALL: readonly LeadFormField[] = [...TEXT_FIELDS, ...PICK_FIELDS];

export function emptyLeadValues(): LeadFormValues {
  return Object.fromEntries(ALL.map((f) => [f, ''])) as LeadFormValues;
}

/** The form's values for a lead as read (or as the server says it is now, after a conflict). */
export function leadValues(lead: Partial<Record<LeadFormField, unknown>>): LeadFormValues {
  return Object.fromEntries(ALL.map((f) => [f, lead[f] == null ? '' : String(lead[f])])) as LeadFormValues;
}

/** Only the changed fields; a cleared input is sent as null. */
export function updateInput(values: LeadFormValues, lead: LeadDetailFragment): UpdateLeadInput {
  const before = leadValues(lead);
  const input: Record<string, string | null> = {};
  for (const f of ALL) {
    const v = values[f].trim();
    if (v !== before[f].trim()) input[f] = v === '' ? null : v;
  }
  return input as UpdateLeadInput;
}

/** The filled fields of a new lead (the server fills the rest: status, owner). */
export function createInput(values: LeadFormValues): CreateLeadInput {
  const input: Record<string, string> = {};
  for (const f of ALL) if (values[f].trim()) input[f] = values[f].trim();
  return { ...input, lastName: values.lastName.trim(), company: values.company.trim() } as CreateLeadInput;
}
