import { useDraggable } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import selectStyles from '@/components/ui/select/select.module.css';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';

import type { BoardCard as Card } from '../../hooks/use-board';
import type { Stage } from '../../hooks/use-stages';
import { stageLabel } from '../../utils/stage-key';
import styles from './opportunity-board.module.css';

export interface BoardCardProps {
  card: Card;
  stages: readonly Stage[];
  /** The column it shows in (the pending stage while a move is in flight). */
  stageName: string;
  saving: boolean;
  onMove: (card: Card, stageName: string) => void;
}

/** Controls inside the card keep their own pointer and keys (no drag from them). */
const keep = (e: SyntheticEvent) => e.stopPropagation();

export function BoardCard({ card, stages, stageName, saving, onMove }: BoardCardProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, disabled: saving });

  return (
    <article
      ref={setNodeRef}
      className={`${styles.card} ${isDragging ? styles.dragging : ''} ${saving ? styles.saving : ''}`}
      {...attributes}
      {...listeners}
      aria-label={t('opportunities.board.cardLabel', { name: card.name })}
      aria-busy={saving || undefined}
      data-testid="board-card"
      data-id={card.id}
    >
      <Link to={paths.opportunity.getHref(card.id)} className={styles.cardName} draggable={false} onKeyDown={keep}>
        {card.name}
      </Link>
      <CardFacts card={card} />
      <select
        className={`${selectStyles.select} ${styles.cardMove}`}
        value={stageName}
        aria-label={t('opportunities.board.moveTo', { name: card.name })}
        onChange={(e) => onMove(card, e.target.value)}
        onMouseDown={keep}
        onTouchStart={keep}
        onKeyDown={keep}
        disabled={saving}
        data-testid="board-card-stage"
      >
        {stages.map((s) => (
          <option key={s.apiName} value={s.apiName}>
            {stageLabel(t, s.apiName)}
          </option>
        ))}
      </select>
    </article>
  );
}

/** Account, amount and close date: on the card and on the copy that follows the pointer. */
export function CardFacts({ card }: { card: Card }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      {card.account && <span className={styles.cardAccount}>{card.account.name}</span>}
      <span className={styles.cardMeta}>
        <span className={styles.cardAmount}>{card.amount == null ? t('common.empty') : format.currency(card.amount)}</span>
        <time dateTime={card.closeDate}>{format.date(card.closeDate)}</time>
      </span>
    </>
  );
}

/** What follows the pointer while a card is dragged. */
export function DraggedCard({ card }: { card: Card }) {
  return (
    <div className={`${styles.card} ${styles.overlay}`}>
      <span className={styles.cardName}>{card.name}</span>
      <CardFacts card={card} />
    </div>
  );
}
