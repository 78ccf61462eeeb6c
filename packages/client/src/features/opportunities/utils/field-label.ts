import type { TFunction } from 'i18next';

const KNOWN = ['competitor', 'lostReason', 'nextStep', 'amount', 'closeDate', 'description', 'stageName', 'name', 'probability', 'type', 'leadSource'] as const;
type Known = (typeof KNOWN)[number];

/** A field's label in the UI language (unknown API names are shown as they come). */
export function fieldLabel(t: TFunction, field: string): string {
  return (KNOWN as readonly string[]).includes(field) ? t(`opportunities.fields.${field as Known}`) : field;
}
