import type { TFunction } from 'i18next';

const ALIASES: Record<string, string> = { contactId: 'contact', accountId: 'account', ownerId: 'owner', forecastCategoryName: 'forecastCategory' };
const KNOWN = ['contact', 'account', 'owner', 'forecastCategory', 'competitor', 'lostReason', 'nextStep', 'amount', 'closeDate', 'description', 'stageName', 'name', 'probability', 'type', 'leadSource'] as const;
type Known = (typeof KNOWN)[number];

/** A field's label in the UI language (unknown API names are shown as they come). */
export function fieldLabel(t: TFunction, field: string): string {
  const name = ALIASES[field] ?? field;
  return (KNOWN as readonly string[]).includes(name) ? t(`opportunities.fields.${name as Known}`) : field;
}
