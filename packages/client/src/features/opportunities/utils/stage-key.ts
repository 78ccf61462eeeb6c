import type en from '@/lib/i18n/locales/en.json';

export type StageKey = keyof typeof en.stages;

const KNOWN_STAGES: ReadonlySet<string> = new Set<StageKey>([
  'prospecting',
  'qualification',
  'needs_analysis',
  'value_proposition',
  'id_decision_makers',
  'perception_analysis',
  'proposal_price_quote',
  'negotiation_review',
  'closed_won',
  'closed_lost',
]);

/**
 * Stage names are data (Salesforce-style picklist values such as
 * "Proposal/Price Quote"). Known ones map to a translation key; others are
 * shown as they come.
 */
export function stageKey(stageName: string): StageKey | null {
  const key = stageName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return KNOWN_STAGES.has(key) ? (key as StageKey) : null;
}

/** A stage's label in the UI language (known Salesforce stages are translated). */
export function stageLabel(t: (key: `stages.${StageKey}`) => string, stageName: string): string {
  const key = stageKey(stageName);
  return key ? t(`stages.${key}`) : stageName;
}
