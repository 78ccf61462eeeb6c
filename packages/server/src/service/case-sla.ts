/** Priorities of a case, most urgent first. */
export const casePriorities = ['High', 'Medium', 'Low'] as const;

/** Channels of a case; each is the queue of the unassigned cases that came in through it. */
export const caseOrigins = ['Phone', 'Email', 'Web', 'Chat', 'Social'] as const;

/** Default SLA targets per priority: [priority, firstResponseMinutes, resolutionMinutes]. */
export const SLA_DEFAULTS: ReadonlyArray<readonly [string, number, number]> = [
  ['High', 60, 480],
  ['Medium', 240, 1440],
  ['Low', 480, 4320],
];

/** SQL ordering the most urgent priority first. */
export const PRIORITY_ORDER_SQL = `CASE priority WHEN 'High' THEN 0 WHEN 'Medium' THEN 1 ELSE 2 END`;

const MINUTE = 60_000;

/** Whole minutes from `now` to `due` (negative once past); null when met or without a target. */
export function minutesLeft(due: Date | null, doneAt: Date | null, now = Date.now()): number | null {
  if (!due || doneAt) return null;
  return Math.floor((due.getTime() - now) / MINUTE);
}

/** Breached: done after the due time, or not done and the due time has passed. */
export function isBreached(due: Date | null, doneAt: Date | null, now = Date.now()): boolean {
  if (!due) return false;
  return (doneAt ? doneAt.getTime() : now) > due.getTime();
}
