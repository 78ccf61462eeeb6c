import type { TimelineEventFragment, TimelineTaskFragment } from '@/gql/graphql';

export type TimelineKind = 'call' | 'email' | 'task' | 'event';

export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  subject: string | null;
  /** YYYY-MM-DD (task due date, event day). */
  date: string | null;
  /** Start time of a timed event (ISO). */
  dateTime: string | null;
  ownerName: string;
  status: string | null;
  /** An open task (the only kind that can be overdue). */
  isOpenTask: boolean;
  detail: string | null;
  /** Ordering key within a day. */
  tieBreak: string;
}

export function fromTask(t: TimelineTaskFragment): TimelineItem {
  const kind: TimelineKind = t.taskSubtype === 'Call' ? 'call' : t.taskSubtype === 'Email' ? 'email' : 'task';
  return {
    id: t.id,
    kind,
    subject: t.subject ?? null,
    date: t.activityDate ?? null,
    dateTime: null,
    ownerName: t.owner.name,
    status: t.status,
    isOpenTask: !t.isClosed,
    detail: [t.callDisposition, t.description].filter(Boolean).join(' · ') || null,
    tieBreak: t.createdDate,
  };
}

export function fromEvent(e: TimelineEventFragment): TimelineItem {
  return {
    id: e.id,
    kind: 'event',
    subject: e.subject ?? null,
    date: e.activityDate ?? e.startDateTime?.slice(0, 10) ?? null,
    dateTime: e.isAllDayEvent ? null : (e.startDateTime ?? null),
    ownerName: e.owner.name,
    status: null,
    isOpenTask: false,
    detail: [e.location, e.description].filter(Boolean).join(' · ') || null,
    tieBreak: e.startDateTime ?? '',
  };
}

// Undated tasks sort as the server sorts NULLs: last ascending, first descending.
const key = (item: TimelineItem) => `${item.date ?? '9999-12-31'}|${item.tieBreak}`;

/**
 * Merges two lists that the server sorted the same way into one, and keeps the first `limit`.
 * Those are exactly the first `limit` of the union, since each list holds its own first `limit`.
 */
export function mergeSorted(a: TimelineItem[], b: TimelineItem[], direction: 'asc' | 'desc', limit: number): TimelineItem[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...a, ...b].sort((x, y) => sign * key(x).localeCompare(key(y))).slice(0, limit);
}
