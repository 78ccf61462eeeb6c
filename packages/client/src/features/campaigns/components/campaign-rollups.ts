import { useTranslation } from 'react-i18next';

/** A campaign's own and roll-up numbers in the tree, in column order. */
export const ROLLUP_KEYS = [
  'numberOfContacts',
  'numberOfResponses',
  'hierarchyNumberOfResponses',
  'hierarchyNumberOfOpportunities',
  'hierarchyAmountWonOpportunities',
] as const;
export type RollupKey = (typeof ROLLUP_KEYS)[number];

/** The labels of the tree's numbers (column headers, and each number's own label). */
export function useRollupLabels(): Record<RollupKey, string> {
  const { t } = useTranslation();
  return {
    numberOfContacts: t('campaigns.stats.numberOfContacts'),
    numberOfResponses: t('campaigns.stats.numberOfResponses'),
    hierarchyNumberOfResponses: t('campaigns.tree.columns.hierarchyNumberOfResponses'),
    hierarchyNumberOfOpportunities: t('campaigns.tree.columns.hierarchyNumberOfOpportunities'),
    hierarchyAmountWonOpportunities: t('campaigns.tree.columns.hierarchyAmountWonOpportunities'),
  };
}
