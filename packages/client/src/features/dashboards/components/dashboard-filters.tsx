import select from '@/components/ui/select/select.module.css';

import { useDashboardsT } from '../i18n';
import type { FilterValues } from '../utils/variables';
import styles from './dashboard-grid.module.css';

export interface FilterInfo {
  name: string;
  label: string;
  defaultValue?: string | null;
  options: { value: string; label: string }[];
}

/** The dashboard's filters (period, team, territory), applied to every component. */
export function DashboardFilters({ filters, values, onChange }: { filters: FilterInfo[]; values: FilterValues; onChange: (name: string, value: string) => void }) {
  const t = useDashboardsT();
  if (!filters.length) return null;
  return (
    <div className={styles.filters} data-testid="dashboard-filters">
      {filters.map((f) => (
        <label key={f.name} className={styles.filter}>
          {f.label}
          <select className={select.select} value={values[f.name] ?? ''} onChange={(e) => onChange(f.name, e.target.value)} data-testid={`dashboard-filter-${f.name}`}>
            <option value="">{t('filters.all')}</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
