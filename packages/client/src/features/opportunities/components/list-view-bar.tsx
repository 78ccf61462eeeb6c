import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button/button';
import selectStyles from '@/components/ui/select/select.module.css';
import { paths } from '@/config/paths';

import { sameCriteria, STATUSES, type StatusFilter, type ViewCriteria } from '../hooks/use-opportunities-view';
import { BUILT_IN_VIEWS, type ListView } from '../utils/list-views';
import styles from './list-view-bar.module.css';

export interface ListViewBarProps {
  criteria: ViewCriteria;
  isManager: boolean;
  savedViews: readonly ListView[];
  onApply: (criteria: Partial<ViewCriteria>) => void;
  onSave: (name: string) => void;
  onRemove: (id: string) => void;
}

/** The list view picker (built-in and saved views), the open / won / lost / all switch and "save view". */
export function ListViewBar({ criteria, isManager, savedViews, onApply, onSave, onRemove }: ListViewBarProps) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const builtIns = BUILT_IN_VIEWS.filter((v) => isManager || !v.managersOnly);
  const active = [...builtIns, ...savedViews].find((v) => sameCriteria(v.criteria, criteria));
  const label = (v: ListView) => (v.labelKey ? t(`opportunities.views.${v.labelKey}`) : (v.name ?? ''));

  const choose = (id: string) => {
    const view = [...builtIns, ...savedViews].find((v) => v.id === id);
    if (view) onApply(view.criteria);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onSave(name.trim());
    setName('');
    setNaming(false);
  };

  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <label className={styles.viewPicker}>
          <span className={styles.label}>{t('opportunities.views.label')}</span>
          <select
            className={`${selectStyles.select} ${styles.select}`}
            value={active?.id ?? ''}
            onChange={(e) => choose(e.target.value)}
            data-testid="list-view-select"
          >
            {!active && <option value="">{t('opportunities.views.custom')}</option>}
            {builtIns.map((v) => (
              <option key={v.id} value={v.id}>
                {label(v)}
              </option>
            ))}
            {savedViews.length > 0 && (
              <optgroup label={t('opportunities.views.savedGroup')}>
                {savedViews.map((v) => (
                  <option key={v.id} value={v.id}>
                    {label(v)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        {active && !active.labelKey ? (
          <Button variant="ghost" size="sm" onClick={() => onRemove(active.id)} data-testid="list-view-delete">
            {t('opportunities.views.delete')}
          </Button>
        ) : (
          !naming && (
            <Button variant="secondary" size="sm" onClick={() => setNaming(true)} data-testid="list-view-save">
              {t('opportunities.views.save')}
            </Button>
          )
        )}
        <Link to={paths.opportunityBoard.getHref()} className={styles.boardLink} data-testid="open-board">
          {t('opportunities.board.open')}
        </Link>
      </div>

      {naming && (
        <form className={styles.saveForm} onSubmit={submit}>
          <label className={styles.nameField}>
            <span className={styles.label}>{t('opportunities.views.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required autoFocus data-testid="list-view-name" />
          </label>
          <Button type="submit" size="sm">
            {t('opportunities.views.saveConfirm')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setNaming(false)}>
            {t('opportunities.views.cancel')}
          </Button>
          <p className={styles.hint}>{t('opportunities.views.onThisDevice')}</p>
        </form>
      )}

      <div className={styles.statuses} role="group" aria-label={t('opportunities.status.label')}>
        {STATUSES.map((status: StatusFilter) => (
          <button
            key={status}
            type="button"
            className={styles.status}
            aria-pressed={criteria.status === status}
            onClick={() => onApply({ status })}
            data-testid={`status-${status}`}
          >
            {t(`opportunities.status.${status}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
