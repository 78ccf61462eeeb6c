import { useState } from 'react';

import { useFormatters } from '@/lib/format';

import { useForecastsT } from '../i18n';
import type { GridItem } from '../utils/grid-rows';
import styles from './forecasts.module.css';

interface Props {
  item: GridItem;
  isAmount: boolean;
  /** Opens the adjustment dialog (absent: not adjustable here). */
  onAdjust?: () => void;
  adjustLabel?: string;
  testId: string;
}

/** A forecast amount; an adjusted one is marked and shows its original on hover (title) or tap. */
export function ForecastAmount({ item, isAmount, onAdjust, adjustLabel, testId }: Props) {
  const t = useForecastsT();
  const f = useFormatters();
  const [open, setOpen] = useState(false);
  const fmt = (v: number) => (isAmount ? f.currency(v) : f.number(v));
  const adjusted = item.hasAdjustment || item.hasOwnerAdjustment;
  const details = [
    t('original', { amount: fmt(item.amountWithoutAdjustments) }),
    item.adjustment && t('adjustedBy', { name: item.adjustment.adjustedBy.name, date: f.date(item.adjustment.lastModifiedDate.slice(0, 10)) }),
    item.adjustment?.adjustmentNote,
    item.ownerAdjustment && t('ownAdjusted', { amount: fmt(item.ownerAdjustment.adjustedAmount) }),
    item.ownerAdjustment?.adjustmentNote,
  ].filter(Boolean) as string[];
  return (
    <div className={styles.amount} data-testid={testId}>
      {adjusted ? (
        <button
          type="button"
          className={styles.adjusted}
          title={details.join('\n')}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          data-testid={`${testId}-adjusted`}
        >
          <span className={styles.mark} aria-label={t('adjusted')}>●</span> {fmt(item.forecastAmount)}
        </button>
      ) : (
        <span>{fmt(item.forecastAmount)}</span>
      )}
      {onAdjust && (
        <button type="button" className={styles.pencil} onClick={onAdjust} aria-label={adjustLabel} title={adjustLabel} data-testid={`${testId}-adjust`}>
          ✎
        </button>
      )}
      {open && adjusted && (
        <div className={styles.details} data-testid={`${testId}-original`}>
          {details.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </div>
      )}
    </div>
  );
}
