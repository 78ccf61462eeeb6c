import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { useFormatters } from '@/lib/format';

import {
  CALENDAR_MODES,
  firstDayOfWeek,
  isIsoDate,
  rangeOf,
  shiftAnchor,
  todayIso,
  type CalendarMode,
} from '../utils/calendar';

/**
 * The calendar's view (month, week or day) and the date it shows live in the URL
 * (`?view=week&date=2026-03-04`), so a view can be bookmarked and shared.
 */
export function useCalendarView() {
  const [params, setParams] = useSearchParams();
  const { locale } = useFormatters();
  const viewParam = params.get('view');
  const mode: CalendarMode = CALENDAR_MODES.find((m) => m === viewParam) ?? 'month';
  const dateParam = params.get('date');
  const today = todayIso();
  const anchor = isIsoDate(dateParam) ? dateParam : today;
  const firstDay = firstDayOfWeek(locale);
  const range = useMemo(() => rangeOf(mode, anchor, firstDay), [mode, anchor, firstDay]);

  const go = useCallback(
    (next: { mode?: CalendarMode; date?: string }) => {
      setParams({ view: next.mode ?? mode, date: next.date ?? anchor });
    },
    [setParams, mode, anchor],
  );

  return {
    mode,
    anchor,
    today,
    firstDay,
    range,
    setMode: (next: CalendarMode) => go({ mode: next }),
    previous: () => go({ date: shiftAnchor(mode, anchor, -1) }),
    next: () => go({ date: shiftAnchor(mode, anchor, 1) }),
    goToday: () => go({ date: today }),
    /** `href` of a day's own view (from a month cell or a "+N more" link). */
    dayHref: (day: string) => `?${new URLSearchParams({ view: 'day', date: day })}`,
  };
}
