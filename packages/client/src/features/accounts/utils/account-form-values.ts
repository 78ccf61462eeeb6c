import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';
import type { AccountDetailFieldsFragment, CreateAccountInput } from '@/gql/graphql';

/** The account form's text fields, by their API names. */
export const ACCOUNT_TEXT_FIELDS = [
  'name', 'firstName', 'lastName', 'type', 'industry', 'rating', 'phone', 'website', 'accountSource',
  'annualRevenue', 'numberOfEmployees', 'billingStreet', 'billingCity', 'billingState', 'billingPostalCode',
  'billingCountry', 'description',
] as const;
export type AccountTextField = (typeof ACCOUNT_TEXT_FIELDS)[number];

export interface AccountFormValues {
  text: Record<AccountTextField, string>;
  parent: ComboOption | null;
}

export function accountFormValues(account?: AccountDetailFieldsFragment | null): AccountFormValues {
  const text = {} as Record<AccountTextField, string>;
  for (const field of ACCOUNT_TEXT_FIELDS) {
    const value = account?.[field];
    text[field] = value == null ? '' : String(value);
  }
  return { text, parent: account?.parent ? { id: account.parent.id, label: account.parent.name } : null };
}

type Input = CreateAccountInput & Record<string, unknown>;

/** The fields as the API takes them, or the fields whose value is not a number. */
export function toAccountInput(values: AccountFormValues): { input: Input; invalid: AccountTextField[] } {
  const input: Input = {};
  const invalid: AccountTextField[] = [];
  for (const field of ACCOUNT_TEXT_FIELDS) {
    const raw = values.text[field].trim();
    if (field === 'annualRevenue' || field === 'numberOfEmployees') {
      const n = raw === '' ? null : Number(raw.replace(/,/g, ''));
      if (n !== null && (!Number.isFinite(n) || (field === 'numberOfEmployees' && !Number.isInteger(n)))) invalid.push(field);
      input[field] = n;
    } else {
      input[field] = raw === '' ? null : raw;
    }
  }
  input.parentId = values.parent?.id ?? null;
  return { input, invalid };
}

/** Only what changed since the record was read (an update changes only the given fields). */
export function changedFields(next: Input, before: Input): Input {
  const out: Input = {};
  for (const [key, value] of Object.entries(next)) if ((before[key] ?? null) !== (value ?? null)) out[key] = value;
  return out;
}
