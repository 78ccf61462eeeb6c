import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';

export const CONTACT_TEXT_FIELDS = [
  'salutation', 'firstName', 'lastName', 'title', 'department', 'email', 'phone', 'mobilePhone', 'leadSource',
  'birthdate', 'mailingStreet', 'mailingCity', 'mailingState', 'mailingPostalCode', 'mailingCountry', 'description',
] as const;
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number];
export const CONTACT_FLAGS = ['doNotCall', 'hasOptedOutOfEmail'] as const;
export type ContactFlag = (typeof CONTACT_FLAGS)[number];

export interface ContactFormValues {
  text: Record<ContactTextField, string>;
  flags: Record<ContactFlag, boolean>;
  account: ComboOption | null;
}

export function contactFormValues(contact?: ContactDetailFieldsFragment | null, account?: ComboOption | null): ContactFormValues {
  const text = {} as Record<ContactTextField, string>;
  for (const field of CONTACT_TEXT_FIELDS) text[field] = contact?.[field] == null ? '' : String(contact[field]);
  return {
    text,
    flags: { doNotCall: Boolean(contact?.doNotCall), hasOptedOutOfEmail: Boolean(contact?.hasOptedOutOfEmail) },
    account: contact?.account ? { id: contact.account.id, label: contact.account.name } : (account ?? null),
  };
}

export type ContactInput = Record<string, string | boolean | null>;

/** The fields as the API takes them (blank: null; lastName stays a string so the server names it). */
export function toContactInput(values: ContactFormValues): ContactInput {
  const input: ContactInput = {};
  for (const field of CONTACT_TEXT_FIELDS) input[field] = values.text[field].trim() || null;
  input.lastName = values.text.lastName.trim();
  for (const flag of CONTACT_FLAGS) input[flag] = values.flags[flag];
  input.accountId = values.account?.id ?? null;
  return input;
}

export function changedFields(next: ContactInput, before: ContactInput): ContactInput {
  const out: ContactInput = {};
  for (const [key, value] of Object.entries(next)) if ((before[key] ?? null) !== (value ?? null)) out[key] = value;
  return out;
}
