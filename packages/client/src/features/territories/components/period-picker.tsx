import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';

import { shiftQuarter, type Quarter } from '../utils/quarter';
import styles from './period-picker.module.css';

/** The quarter of the won business, quota and attainment: previous / next. */
export function PeriodPicker({ quarter, onChange }: { quarter: Quarter; onChange: (quarter: Quarter) => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.period} role="group" aria-label={t('territories.period.label')}>
      <span className={styles.caption}>{t('territories.period.label')}</span>
      <Button variant="secondary" size="sm" onClick={() => onChange(shiftQuarter(quarter, -1))} data-testid="period-previous">
        <span aria-hidden="true">‹</span>
        <span className="visually-hidden">{t('territories.period.previous')}</span>
      </Button>
      <span className={styles.value} aria-live="polite" data-testid="period-value">
        {t('territories.period.quarter', { year: quarter.year, quarter: quarter.quarter })}
      </span>
      <Button variant="secondary" size="sm" onClick={() => onChange(shiftQuarter(quarter, 1))} data-testid="period-next">
        <span aria-hidden="true">›</span>
        <span className="visually-hidden">{t('territories.period.next')}</span>
      </Button>
    </div>
  );
}
