import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Stage } from '../hooks/use-stages';
import { stageLabel } from '../utils/stage-key';
import styles from './stage-path.module.css';

export interface StagePathProps {
  stages: readonly Stage[];
  current: string;
  /** The stage a move is heading to (shown as current while it is saved or waits for fields). */
  pendingStage?: string | null;
  disabled?: boolean;
  onSelect: (stageName: string) => void;
}

/** Salesforce's Path: the stages as chevrons, done ones ticked, the current one highlighted; click one to move there. */
export function StagePath({ stages, current, pendingStage, disabled, onSelect }: StagePathProps) {
  const { t } = useTranslation();
  const shown = pendingStage ?? current;
  const currentIndex = stages.findIndex((s) => s.apiName === shown);
  const currentStage = stages[currentIndex];
  const wrap = useRef<HTMLElement>(null);

  // On a narrow screen the path scrolls inside itself: bring the current stage into view.
  useEffect(() => {
    const el = wrap.current;
    const step = el?.querySelector<HTMLElement>('[aria-current="step"]');
    if (el && step) el.scrollLeft = Math.max(0, step.offsetLeft - (el.clientWidth - step.offsetWidth) / 2);
  }, [currentIndex, stages.length]);

  return (
    <nav ref={wrap} aria-label={t('opportunities.path.label')} className={styles.wrap}>
      <ol className={styles.path} data-testid="stage-path">
        {stages.map((stage, i) => {
          const isCurrent = i === currentIndex;
          const done = !currentStage?.isClosed && i < currentIndex && !stage.isClosed;
          const state = isCurrent ? (stage.isClosed && !stage.isWon ? styles.lost : styles.current) : done ? styles.done : '';
          return (
            <li key={stage.apiName} className={`${styles.step} ${state}`}>
              <button
                type="button"
                className={styles.button}
                aria-current={isCurrent ? 'step' : undefined}
                disabled={disabled || isCurrent}
                onClick={() => onSelect(stage.apiName)}
                title={stageLabel(t, stage.apiName)}
                data-testid="path-stage"
                data-stage={stage.apiName}
              >
                {done && <span aria-hidden="true">✓ </span>}
                {stageLabel(t, stage.apiName)}
                {done && <span className="visually-hidden"> ({t('opportunities.path.done')})</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
