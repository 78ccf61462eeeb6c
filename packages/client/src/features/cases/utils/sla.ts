import type { BadgeTone } from '@/components/ui/badge/badge';

export const CASE_ORIGINS = ['Phone', 'Email', 'Web', 'Chat', 'Social'] as const;
export const CASE_PRIORITIES = ['High', 'Medium', 'Low'] as const;

/** "1d 3h", "2h 5m", "12m": the largest two units of a number of minutes. */
export function formatMinutes(total: number): string {
  const m = Math.abs(Math.trunc(total));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  if (d) return h ? `${d}d ${h}h` : `${d}d`;
  if (h) return min ? `${h}h ${min}m` : `${h}h`;
  return `${min}m`;
}

export interface SlaState {
  /** Minutes to the due time (negative: overdue); null when met or without a target. */
  left: number | null;
  breached: boolean;
  tone: BadgeTone;
}

/** The clock of one target at `now`: met (done on time), missed, running or overdue. */
export function slaState(due: string | null, doneAt: string | null, now: number): SlaState {
  if (!due) return { left: null, breached: false, tone: 'neutral' };
  const dueMs = Date.parse(due);
  if (doneAt) {
    const breached = Date.parse(doneAt) > dueMs;
    return { left: null, breached, tone: breached ? 'danger' : 'success' };
  }
  const left = Math.floor((dueMs - now) / 60_000);
  return { left, breached: left < 0, tone: left < 0 ? 'danger' : left < 60 ? 'warning' : 'success' };
}
