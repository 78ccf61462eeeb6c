import { useTranslation } from 'react-i18next';

import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './lead-path.module.css';

export interface LeadPathProps {
  status: string;
  statuses: readonly { apiName: string; isConverted: boolean }[];
  converted: boolean;
  /** Disabled while a change is saving or the lead is read-only. */
  disabled?: boolean;
  onStatus: (apiName: string) => void;
  onConvert: () => void;
}

/** The lead's statuses as a path: a tap sets an open status; the converted step opens the convert dialog. */
export function LeadPath({ status, statuses, converted, disabled, onStatus, onConvert }: LeadPathProps) {
  const { t } = useTranslation();
  const labels = usePicklistLabels();
  const open = statuses.filter((s) => !s.isConverted);
  const index = open.findIndex((s) => s.apiName === status);

  return (
    <ol className={styles.path} aria-label={t('leads.path.label')} data-testid="lead-path">
      {open.map((s, i) => {
        const current = !converted && s.apiName === status;
        return (
          <li key={s.apiName} className={styles.step} data-state={current ? 'current' : converted || i < index ? 'done' : 'todo'}>
            <button
              type="button"
              className={styles.button}
              aria-current={current ? 'step' : undefined}
              disabled={disabled || converted || current}
              onClick={() => onStatus(s.apiName)}
              data-testid="lead-path-step"
              data-status={s.apiName}
            >
              {labels.status(s.apiName)}
            </button>
          </li>
        );
      })}
      <li className={styles.step} data-state={converted ? 'current' : 'todo'}>
        <button
          type="button"
          className={styles.button}
          aria-current={converted ? 'step' : undefined}
          disabled={disabled || converted}
          onClick={onConvert}
          data-testid="lead-path-convert"
        >
          {converted ? t('leads.path.converted') : t('leads.path.convert')}
        </button>
      </li>
    </ol>
  );
}
