import { useTranslation } from 'react-i18next';

/** "Open - Not Contacted" → "open_not_contacted": the i18n key of a shipped picklist value. */
export const valueKey = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Labels of lead picklist values: the translation of a shipped value, else the value itself. */
export function usePicklistLabels() {
  const { t, i18n } = useTranslation();
  const label = (group: 'statuses' | 'sources' | 'ratings', value: string | null | undefined) => {
    if (!value) return t('common.empty');
    const key = `leads.${group}.${valueKey(value)}`;
    return i18n.exists(key) ? (t(key as never) as string) : value;
  };
  return {
    status: (v: string | null | undefined) => label('statuses', v),
    source: (v: string | null | undefined) => label('sources', v),
    rating: (v: string | null | undefined) => label('ratings', v),
  };
}
