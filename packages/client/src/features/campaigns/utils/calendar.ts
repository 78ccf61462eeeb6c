/**
 * Calendar dates ("YYYY-MM-DD", no time zone) and the ranges the calendar views show.
 * Arithmetic runs on UTC midnights so daylight-saving changes never shift a day.
 */
export type CalendarMode = 'month' | 'week' | 'day';

export const CALENDAR_MODES: readonly CalendarMode[] = ['month', 'week', 'day'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === value;
}

/** UTC midnight of a calendar date. */
export function fromIsoDate(value: string): Date {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today in the user's own time zone. */
export function todayIso(now = new Date()): string {
  return toIsoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

export function addDays(value: string, days: number): string {
  return toIsoDate(new Date(fromIsoDate(value).getTime() + days * DAY_MS));
}

/** Same day of another month, clamped to its length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(value: string, months: number): string {
  const date = fromIsoDate(value);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toIsoDate(target);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((fromIsoDate(b).getTime() - fromIsoDate(a).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(value: string): number {
  return fromIsoDate(value).getUTCDay();
}

export function startOfWeek(value: string, firstDay: number): string {
  return addDays(value, -((weekdayOf(value) - firstDay + 7) % 7));
}

export function startOfMonth(value: string): string {
  return `${value.slice(0, 7)}-01`;
}

export function endOfMonth(value: string): string {
  return addDays(addMonths(startOfMonth(value), 1), -1);
}

/** The first day of the week in a locale (0 = Sunday), from Intl where the browser knows it. */
export function firstDayOfWeek(locale: string): number {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    // Intl numbers days 1 (Monday) … 7 (Sunday).
    if (info?.firstDay) return info.firstDay % 7;
  } catch {
    // an unknown tag: fall through
  }
  return locale.startsWith('zh') ? 1 : 0;
}

export interface CalendarRange {
  /** First and last day shown (both included): the range the query asks for. */
  start: string;
  end: string;
  days: string[];
}

/** The days a view shows: whole weeks around the month, one week, or one day. */
export function rangeOf(mode: CalendarMode, anchor: string, firstDay: number): CalendarRange {
  let start: string;
  let end: string;
  if (mode === 'month') {
    start = startOfWeek(startOfMonth(anchor), firstDay);
    end = addDays(startOfWeek(endOfMonth(anchor), firstDay), 6);
  } else if (mode === 'week') {
    start = startOfWeek(anchor, firstDay);
    end = addDays(start, 6);
  } else {
    start = anchor;
    end = anchor;
  }
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return { start, end, days };
}

/** The anchor one step back or forward in a view. */
export function shiftAnchor(mode: CalendarMode, anchor: string, step: -1 | 1): string {
  if (mode === 'month') return addMonths(anchor, step);
  if (mode === 'week') return addDays(anchor, 7 * step);
  return addDays(anchor, step);
}

export interface Span {
  start: string;
  /** Included. A campaign without an end date lasts its start day. */
  end: string;
}

export function spanOf(item: { startDate?: string | null; endDate?: string | null }): Span | null {
  if (!item.startDate) return null;
  const end = item.endDate && item.endDate >= item.startDate ? item.endDate : item.startDate;
  return { start: item.startDate, end };
}

export interface Placed<T> {
  item: T;
  /** 0-based columns within the week (both included). */
  from: number;
  to: number;
  lane: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * Lays the items that overlap one week (7 days from weekStart) out in lanes: each item takes
 * the first lane free over all its days; earlier and longer items first.
 */
export function layoutWeek<T>(items: readonly T[], spanFor: (item: T) => Span | null, weekStart: string): Placed<T>[] {
  const weekEnd = addDays(weekStart, 6);
  const candidates = items
    .map((item) => ({ item, span: spanFor(item) }))
    .filter((entry): entry is { item: T; span: Span } => entry.span !== null && entry.span.start <= weekEnd && entry.span.end >= weekStart)
    .map(({ item, span }) => ({
      item,
      from: Math.max(0, daysBetween(weekStart, span.start)),
      to: Math.min(6, daysBetween(weekStart, span.end)),
      continuesBefore: span.start < weekStart,
      continuesAfter: span.end > weekEnd,
    }))
    .sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));

  const lanes: number[] = []; // per lane: the last column taken
  return candidates.map((candidate) => {
    let lane = lanes.findIndex((lastColumn) => lastColumn < candidate.from);
    if (lane === -1) {
      lane = lanes.length;
      lanes.push(candidate.to);
    } else {
      lanes[lane] = candidate.to;
    }
    return { ...candidate, lane };
  });
}

/** Items active on a day. */
export function itemsOn<T>(items: readonly T[], spanFor: (item: T) => Span | null, day: string): T[] {
  return items.filter((item) => {
    const span = spanFor(item);
    return span !== null && span.start <= day && span.end >= day;
  });
}
