import { useTranslation } from 'react-i18next';

import { FilterBar, FilterSelect, FilterText } from '@/components/ui/filter-bar/filter-bar';

import { OWNER_SCOPES, type ContactFilterKey } from '../config';

export interface ContactsFiltersProps {
  filters: Record<ContactFilterKey, string>;
  onChange: (key: ContactFilterKey, value: string) => void;
}

export function ContactsFilters({ filters, onChange }: ContactsFiltersProps) {
  const { t } = useTranslation();
  const text = (key: Exclude<ContactFilterKey, 'owner'>) => (
    <FilterText label={t(`contacts.filters.${key}`)} value={filters[key]} onChange={(v) => onChange(key, v)} data-testid={`filter-${key}`} />
  );
  return (
    <FilterBar
      label={t('contacts.filters.label')}
      toggleLabel={t('contacts.filters.toggle', { count: Object.entries(filters).filter(([k, v]) => v && !(k === 'owner' && v === 'all')).length })}
    >
      {text('q')}
      {text('email')}
      {text('title')}
      {text('city')}
      {text('country')}
      <FilterSelect
        label={t('contacts.filters.owner')}
        value={filters.owner}
        onChange={(v) => onChange('owner', v)}
        options={OWNER_SCOPES.map((scope) => ({ value: scope, label: t(`contacts.owner.${scope}`) }))}
        data-testid="filter-owner"
      />
    </FilterBar>
  );
}
