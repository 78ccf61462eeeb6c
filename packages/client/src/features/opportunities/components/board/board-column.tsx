import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/format';

import type { BoardCard as Card, PendingMove } from '../../hooks/use-board';
import type { Stage } from '../../hooks/use-stages';
import { stageLabel } from '../../utils/stage-key';
import { MissingFieldsForm } from '../missing-fields-form';
import { BoardCard } from './board-card';
import styles from './opportunity-board.module.css';

export interface BoardColumnProps {
  stage: Stage;
  stages: readonly Stage[];
  cards: readonly Card[];
  pending: Record<string, PendingMove>;
  onMove: (card: Card, stageName: string) => void;
  onComplete: (card: Card, values: Record<string, string | number>) => void;
  onCancel: (id: string) => void;
}

export function BoardColumn({ stage, stages, cards, pending, onMove, onComplete, onCancel }: BoardColumnProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { setNodeRef, isOver } = useDroppable({ id: stage.apiName });
  const label = stageLabel(t, stage.apiName);
  const total = cards.reduce((sum, c) => sum + (c.amount ?? 0), 0);
  const headingId = `board-col-${stage.id}`;

  return (
    <section
      ref={setNodeRef}
      className={`${styles.column} ${isOver ? styles.over : ''} ${stage.isClosed ? styles.closed : ''}`}
      aria-labelledby={headingId}
      data-testid="board-column"
      data-stage={stage.apiName}
    >
      <header className={styles.columnHeader}>
        <h2 id={headingId} className={styles.columnTitle}>
          {label}
        </h2>
        <p className={styles.totals} data-testid="column-totals">
          <span data-testid="column-count">{t('opportunities.board.count', { count: cards.length })}</span>
          <span aria-hidden="true"> · </span>
          <span data-testid="column-sum">{format.currency(total)}</span>
        </p>
      </header>
      <ul className={styles.cards}>
        {cards.map((card) => {
          const p = pending[card.id];
          return (
            <li key={card.id} className={styles.cardItem}>
              <BoardCard card={card} stages={stages} stageName={stage.apiName} saving={Boolean(p?.saving)} onMove={onMove} />
              {p?.missing && (
                <MissingFieldsForm
                  stageLabel={label}
                  missing={p.missing}
                  busy={p.saving}
                  onSubmit={(values) => onComplete(card, values)}
                  onCancel={() => onCancel(card.id)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {cards.length === 0 && <p className={styles.emptyColumn}>{t('opportunities.board.emptyColumn')}</p>}
    </section>
  );
}
