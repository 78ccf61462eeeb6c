import type { DateRange } from '@/gql/graphql';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The calendar month or quarter containing `today`, as an inclusive close-date range. */
export function periodRange(period: 'any' | 'thisMonth' | 'thisQuarter', today: Date): DateRange | null {
  if (period === 'any') return null;
  const y = today.getFullYear();
  const m = today.getMonth();
  const startMonth = period === 'thisMonth' ? m : m - (m % 3);
  const months = period === 'thisMonth' ? 1 : 3;
  return {
    start: iso(new Date(Date.UTC(y, startMonth, 1))),
    end: iso(new Date(Date.UTC(y, startMonth + months, 0))),
  };
}

/** Today as "YYYY-MM-DD" in the user's time zone. */
export function todayIso(now = new Date()): string {
  return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}
