import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  closestCorners,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { BoardCard as Card, PendingMove } from '../../hooks/use-board';
import type { Stage } from '../../hooks/use-stages';
import { stageLabel } from '../../utils/stage-key';
import { DraggedCard } from './board-card';
import { BoardColumn } from './board-column';
import { columnKeyboardCoordinates } from './column-keyboard';
import styles from './opportunity-board.module.css';

export interface OpportunityBoardProps {
  stages: readonly Stage[];
  cards: readonly Card[];
  pending: Record<string, PendingMove>;
  stageOf: (card: Card) => string;
  onMove: (card: Card, stageName: string) => void;
  onComplete: (card: Card, values: Record<string, string | number>) => void;
  onCancel: (id: string) => void;
}

/** The column under the pointer; for the keyboard (no pointer), the one the card overlaps most. */
const detectColumn: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  if (under.length > 0) return under;
  const overlapping = rectIntersection(args);
  return overlapping.length > 0 ? overlapping : closestCorners(args);
};

/** One column per stage; cards move by mouse, touch (press and hold), keyboard or the card's stage menu. */
export function OpportunityBoard({ stages, cards, pending, stageOf, onMove, onComplete, onCancel }: OpportunityBoardProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const columns = useMemo(() => {
    const map = new Map<string, Card[]>(stages.map((s) => [s.apiName, []]));
    for (const card of cards) map.get(stageOf(card))?.push(card);
    return map;
  }, [cards, stages, stageOf]);

  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? '';
  const stageName = (id: string | number | undefined) => (id == null ? '' : stageLabel(t, String(id)));
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('opportunities.board.aria.picked', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('opportunities.board.aria.over', { name: nameOf(active.id), stage: stageName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('opportunities.board.aria.dropped', { name: nameOf(active.id), stage: stageName(over.id) })
        : t('opportunities.board.aria.cancelled', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('opportunities.board.aria.cancelled', { name: nameOf(active.id) }),
  };

  const [activeId, setActiveId] = useState<string | null>(null);
  const dragged = activeId ? byId.get(activeId) : undefined;
  const onDragStart = ({ active }: DragStartEvent) => setActiveId(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const card = byId.get(String(active.id));
    if (card && over) onMove(card, String(over.id));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={detectColumn}
      autoScroll={{ threshold: { x: 0.1, y: 0.15 } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('opportunities.board.aria.instructions') } }}
    >
      <div className={styles.board} data-testid="opportunity-board">
        {stages.map((stage) => (
          <BoardColumn
            key={stage.apiName}
            stage={stage}
            stages={stages}
            cards={columns.get(stage.apiName) ?? []}
            pending={pending}
            onMove={onMove}
            onComplete={onComplete}
            onCancel={onCancel}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{dragged ? <DraggedCard card={dragged} /> : null}</DragOverlay>
    </DndContext>
  );
}
