import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import select from '@/components/ui/select/select.module.css';

import { RATINGS } from '../config';
import { useLeadsViewer } from '../hooks/use-leads-viewer';
import { hasFilters, type LeadFilters, type OwnerScope } from '../hooks/use-leads-view';
import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './leads-filters.module.css';

export interface LeadsFiltersProps {
  filters: LeadFilters;
  statuses: readonly { apiName: string }[];
  onChange: (filters: Partial<LeadFilters>) => void;
  onClear: () => void;
}

/** The list's filters: each change goes to the URL at once; the search text on submit or a pause. */
export function LeadsFilters({ filters, statuses, onChange, onClear }: LeadsFiltersProps) {
  const { leadSources } = useLeadsViewer();
  const { t } = useTranslation();
  const labels = usePicklistLabels();
  const [q, setQ] = useState(filters.q);
  const [open, setOpen] = useState(false);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // The URL is the truth: back/forward or "clear" resets the box.
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q.trim() === filters.q) return;
    const timer = window.setTimeout(() => onChangeRef.current({ q: q.trim() }), 400);
    return () => window.clearTimeout(timer);
  }, [q, filters.q]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  const active = [filters.status, filters.leadSource, filters.rating, filters.owner !== 'all', filters.from, filters.to].filter(Boolean).length;

  return (
    <form className={styles.filters} role="search" onSubmit={submit} data-testid="leads-filters">
      <div className={styles.searchRow}>
        <label className="visually-hidden" htmlFor="leads-q">
          {t('leads.filters.search')}
        </label>
        <input
          id="leads-q"
          type="search"
          className={styles.search}
          value={q}
          placeholder={t('leads.filters.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          data-testid="leads-search"
        />
        <Button variant="secondary" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
          {active ? t('leads.filters.toggleActive', { count: active }) : t('leads.filters.toggle')}
        </Button>
      </div>
      <div className={styles.controls} data-open={open}>
        <label className={styles.field}>
          <span>{t('leads.columns.status')}</span>
          <select
            className={select.select}
            value={filters.status ?? ''}
            onChange={(e) => onChange({ status: e.target.value || null })}
            data-testid="filter-status"
          >
            <option value="">{t('leads.filters.any')}</option>
            {statuses.map((s) => (
              <option key={s.apiName} value={s.apiName}>
                {labels.status(s.apiName)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{t('leads.columns.leadSource')}</span>
          <select className={select.select} value={filters.leadSource ?? ''} onChange={(e) => onChange({ leadSource: e.target.value || null })}>
            <option value="">{t('leads.filters.any')}</option>
            {leadSources.map((s) => (
              <option key={s} value={s}>
                {labels.source(s)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{t('leads.columns.rating')}</span>
          <select className={select.select} value={filters.rating ?? ''} onChange={(e) => onChange({ rating: e.target.value || null })}>
            <option value="">{t('leads.filters.any')}</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {labels.rating(r)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>{t('leads.columns.owner')}</span>
          <select
            className={select.select}
            value={filters.owner}
            onChange={(e) => onChange({ owner: e.target.value as OwnerScope })}
            data-testid="filter-owner"
          >
            <option value="all">{t('leads.filters.ownerAll')}</option>
            <option value="me">{t('leads.filters.ownerMe')}</option>
            <option value="team">{t('leads.filters.ownerTeam')}</option>
          </select>
        </label>
        <label className={styles.field}>
          <span>{t('leads.filters.from')}</span>
          <input type="date" className={select.select} value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(e) => onChange({ from: e.target.value || null })} />
        </label>
        <label className={styles.field}>
          <span>{t('leads.filters.to')}</span>
          <input type="date" className={select.select} value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(e) => onChange({ to: e.target.value || null })} />
        </label>
        {hasFilters(filters) && (
          <Button variant="ghost" size="sm" className={styles.clear} onClick={onClear} data-testid="filters-clear">
            {t('leads.filters.clear')}
          </Button>
        )}
      </div>
    </form>
  );
}
