// Seasonality of the demo's history: weekdays busier than weekends, a yearly swell, quarter ends.
// A sampler draws a day with one PRNG draw whatever the weights, so the number of draws (and the
// ids) does not depend on the calendar; the weights do, so the dates follow the real calendar.
import type { DemoCalendar, Rng } from './random';

/** The history the demo covers: two years before the anchor. */
export const HISTORY_DAYS = 730;

/** Relative volume by day of the week (0 Sunday ... 6 Saturday). */
export const WEEKDAY: readonly number[] = [0.3, 1.05, 1.1, 1.05, 1, 0.9, 0.35];

/** Days from `days` to the last day of its calendar quarter (0 on that day). */
export function toQuarterEnd(cal: DemoCalendar, days: number): number {
  const d = new Date(cal.dateTime(days));
  const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % 3) + 3, 0);
  return Math.round((end - d.getTime()) / 86_400_000);
}

/** Day of the year, 0-based, of `days` after the anchor. */
export function dayOfYear(cal: DemoCalendar, days: number): number {
  const d = cal.dateTime(days);
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000);
}

/** 1 + amplitude × a cosine with its peak on day of year `peak`. */
export function yearly(cal: DemoCalendar, days: number, peak: number, amplitude: number): number {
  return 1 + amplitude * Math.cos((2 * Math.PI * (dayOfYear(cal, days) - peak)) / 365);
}

/** Draws days in [from, to] with probability proportional to `weight(day)`. */
export class DaySampler {
  private readonly cumulative: number[] = [];

  constructor(private readonly from: number, to: number, weight: (day: number) => number) {
    let total = 0;
    for (let d = from; d <= to; d++) this.cumulative.push((total += Math.max(0, weight(d))));
  }

  draw(r: Rng): number {
    const x = r.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0, hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.from + lo;
  }
}

/** A working day near `day` in [from, to]: a weekend day moves to the Friday before or the Monday after (mostly). */
export function onWorkday(r: Rng, cal: DemoCalendar, day: number, from: number, to: number): number {
  const keep = r.chance(0.12);
  const wd = cal.weekday(day);
  if (keep || (wd !== 0 && wd !== 6)) return day;
  const moved = wd === 6 ? (day - 1 >= from ? day - 1 : day + 2) : (day + 1 <= to ? day + 1 : day - 2);
  return moved >= from && moved <= to ? moved : day;
}

/** Log-normal with the given median; `spread` is the sigma of its logarithm. */
export function logNormal(r: Rng, median: number, spread: number): number {
  // Box-Muller from two draws (always two, so the stream does not depend on the value).
  const u = Math.max(r.next(), 1e-12), v = r.next();
  return median * Math.exp(spread * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}
