import { useTranslation } from 'react-i18next';

import { FilterBar, FilterSelect, FilterText } from '@/components/ui/filter-bar/filter-bar';

import { OWNER_SCOPES, type AccountFilterKey } from '../config';
import { ACCOUNT_TYPES, INDUSTRIES, withValue } from '../utils/picklists';

export interface AccountsFiltersProps {
  filters: Record<AccountFilterKey, string>;
  onChange: (key: AccountFilterKey, value: string) => void;
}

export function AccountsFilters({ filters, onChange }: AccountsFiltersProps) {
  const { t } = useTranslation();
  const any = { value: '', label: t('accounts.filters.any') };
  return (
    <FilterBar
      label={t('accounts.filters.label')}
      toggleLabel={t('accounts.filters.toggle', { count: Object.entries(filters).filter(([k, v]) => v && !(k === 'owner' && v === 'all')).length })}
    >
      <FilterText label={t('accounts.filters.name')} value={filters.q} onChange={(v) => onChange('q', v)} data-testid="filter-name" />
      <FilterSelect
        label={t('accounts.filters.type')}
        value={filters.type}
        onChange={(v) => onChange('type', v)}
        options={[any, ...withValue(ACCOUNT_TYPES, filters.type).map((v) => ({ value: v, label: v }))]}
        data-testid="filter-type"
      />
      <FilterSelect
        label={t('accounts.filters.industry')}
        value={filters.industry}
        onChange={(v) => onChange('industry', v)}
        options={[any, ...withValue(INDUSTRIES, filters.industry).map((v) => ({ value: v, label: v }))]}
        data-testid="filter-industry"
      />
      <FilterText label={t('accounts.filters.city')} value={filters.city} onChange={(v) => onChange('city', v)} data-testid="filter-city" />
      <FilterText
        label={t('accounts.filters.country')}
        value={filters.country}
        onChange={(v) => onChange('country', v)}
        data-testid="filter-country"
      />
      <FilterSelect
        label={t('accounts.filters.owner')}
        value={filters.owner}
        onChange={(v) => onChange('owner', v)}
        options={OWNER_SCOPES.map((scope) => ({ value: scope, label: t(`accounts.owner.${scope}`) }))}
        data-testid="filter-owner"
      />
    </FilterBar>
  );
}
