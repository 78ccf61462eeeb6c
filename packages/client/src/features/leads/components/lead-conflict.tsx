import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';

import { leadValues, type LeadFormField, type LeadFormValues } from '../utils/lead-form-values';
import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './lead-conflict.module.css';

export interface LeadConflictProps {
  /** The lead as the server has it now (CONFLICT's extensions.current). */
  current: Record<string, unknown>;
  /** What the user read, to list only what someone else changed. */
  read: LeadFormValues;
  onReload: () => void;
  reloading?: boolean;
}

/** "Changed by someone else": the values that differ now, and a reload. */
export function LeadConflict({ current, read, onReload, reloading }: LeadConflictProps) {
  const { t } = useTranslation();
  const labels = usePicklistLabels();
  const now = leadValues(current as Partial<Record<LeadFormField, unknown>>);
  const changed = (Object.keys(now) as LeadFormField[]).filter((f) => now[f] !== read[f]);
  const show = (f: LeadFormField, v: string) =>
    !v ? t('common.empty') : f === 'status' ? labels.status(v) : f === 'leadSource' ? labels.source(v) : f === 'rating' ? labels.rating(v) : v;

  return (
    <Alert
      action={
        <Button variant="secondary" size="sm" onClick={onReload} disabled={reloading} data-testid="conflict-reload">
          {t('leads.conflict.reload')}
        </Button>
      }
    >
      <div data-testid="lead-conflict">
        <p className={styles.title}>{t('leads.conflict.title')}</p>
        {changed.length > 0 && (
          <dl className={styles.list}>
            {changed.map((f) => (
              <div key={f} className={styles.row}>
                <dt>{t(`leads.fields.${f}`)}</dt>
                <dd>{show(f, now[f])}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className={styles.hint}>{t('leads.conflict.hint')}</p>
      </div>
    </Alert>
  );
}
