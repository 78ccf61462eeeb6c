import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/format';

import type { OpportunityDetail } from '../hooks/use-opportunity';
import type { Stage } from '../hooks/use-stages';
import { fieldLabel } from '../utils/field-label';
import { stageLabel } from '../utils/stage-key';
import styles from './stage-guidance.module.css';

/** The current stage's key fields (with their values) and guidance for success. */
export function StageGuidance({ stage, opportunity }: { stage: Stage; opportunity: OpportunityDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!stage.guidance && stage.keyFields.length === 0) return null;

  const valueOf = (field: string) => {
    const record = opportunity as unknown as Record<string, unknown>;
    // References are kept as objects (contact, account, owner) on the page's record.
    const raw = field.endsWith('Id') && field !== 'id' ? record[field.slice(0, -2)] : record[field];
    if (raw == null || raw === '') return null;
    if (field === 'amount' || field === 'expectedRevenue') return format.currency(Number(raw));
    if (field === 'closeDate') return format.date(String(raw));
    if (field === 'probability') return format.percent(Number(raw));
    return typeof raw === 'object' ? ((raw as { name?: string }).name ?? null) : String(raw);
  };

  return (
    <div className={styles.guidance} data-testid="stage-guidance">
      {stage.keyFields.length > 0 && (
        <div className={styles.block}>
          <h3 className={styles.heading}>{t('opportunities.path.keyFields', { stage: stageLabel(t, stage.apiName) })}</h3>
          <dl className={styles.fields}>
            {stage.keyFields.map((field) => {
              const value = valueOf(field);
              return (
                <div key={field} className={value ? '' : styles.missing}>
                  <dt>{fieldLabel(t, field)}</dt>
                  <dd>{value ?? t('opportunities.path.notSet')}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      )}
      {stage.guidance && (
        <div className={styles.block}>
          <h3 className={styles.heading}>{t('opportunities.path.guidance')}</h3>
          <p className={styles.text}>{stage.guidance}</p>
        </div>
      )}
    </div>
  );
}
