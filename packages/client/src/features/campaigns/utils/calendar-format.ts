import { useMemo } from 'react';

import { useFormatters } from '@/lib/format';

import { addDays, fromIsoDate, type CalendarMode } from './calendar';

/** Intl formats for the calendar in the active language (dates are UTC midnights). */
export function useCalendarFormat() {
  const { locale } = useFormatters();
  return useMemo(() => {
    const utc = { timeZone: 'UTC' } as const;
    const month = new Intl.DateTimeFormat(locale, { ...utc, year: 'numeric', month: 'long' });
    const medium = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'medium' });
    const full = new Intl.DateTimeFormat(locale, { ...utc, dateStyle: 'full' });
    const weekdayShort = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'short' });
    const dayNumber = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric' });
    const shortDate = new Intl.DateTimeFormat(locale, { ...utc, month: 'short', day: 'numeric' });

    const range = (start: string, end: string) =>
      start === end ? medium.format(fromIsoDate(start)) : medium.formatRange(fromIsoDate(start), fromIsoDate(end));

    return {
      /** The heading of a view: "March 2026", "1 – 7 Mar 2026", "Wednesday, 4 March 2026". */
      title: (mode: CalendarMode, anchor: string, start: string) => {
        if (mode === 'month') return month.format(fromIsoDate(anchor));
        if (mode === 'week') return range(start, addDays(start, 6));
        return full.format(fromIsoDate(anchor));
      },
      range,
      full: (day: string) => full.format(fromIsoDate(day)),
      weekday: (day: string) => weekdayShort.format(fromIsoDate(day)),
      dayNumber: (day: string) => dayNumber.format(fromIsoDate(day)),
      shortDate: (day: string) => shortDate.format(fromIsoDate(day)),
    };
  }, [locale]);
}
