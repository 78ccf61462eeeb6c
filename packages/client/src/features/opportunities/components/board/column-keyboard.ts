import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard moves between columns: ← and → put the card at the top of the previous / next
 * column (cards are not sortable within a column, so ↑ and ↓ do nothing).
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  if (event.code === 'ArrowUp' || event.code === 'ArrowDown') event.preventDefault();
  if (step === 0) return undefined;
  event.preventDefault();
  const { droppableContainers, droppableRects, over, collisionRect } = context;
  const columns = droppableContainers
    .getEnabled()
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((c): c is { id: typeof c.id; rect: NonNullable<typeof c.rect> } => Boolean(c.rect))
    .sort((a, b) => a.rect.left - b.rect.left);
  let index = columns.findIndex((c) => c.id === over?.id);
  if (index < 0 && collisionRect) index = columns.findIndex((c) => collisionRect.left < c.rect.right);
  const target = columns[Math.min(columns.length - 1, Math.max(0, index + step))];
  if (!target) return undefined;
  return { x: target.rect.left + 8, y: target.rect.top + 48 };
};
