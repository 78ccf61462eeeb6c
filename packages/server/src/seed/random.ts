// A small seeded PRNG (sfc32 seeded by the cyrb128 string hash) and the demo calendar.
// Every demo value, ids included, comes from here, so each run produces the same data.
import { AsyncLocalStorage } from 'node:async_hooks';

const DAY_MS = 86_400_000;

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** sfc32: a uniform 32-bit unsigned integer. */
  u32(): number {
    this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One value of [value, weight] pairs, with probability proportional to its weight. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const total = pairs.reduce((s, p) => s + p[1], 0);
    let x = this.next() * total;
    for (const [v, w] of pairs) {
      if ((x -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }

  /** k distinct items (fewer if there are not enough). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, k);
  }

  /** Log-uniform in [min, max]: many small values, a few large ones. */
  logRange(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }

  /** A random (version 4 format) UUID drawn from this stream. */
  uuid(): string {
    const h = [this.u32(), this.u32(), this.u32(), this.u32()].map((n) => n.toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/**
 * The demo's anchor: the day every seeded date counts from (day 0 = "today" of the demo data).
 * By default the UTC day of seeding, so THIS_MONTH or LAST_N_DAYS:30 find data whenever the demo
 * is seeded; `seedDemo(ds, { anchor })` or CRM_SEED_ANCHOR=YYYY-MM-DD fix it (tests and the bench
 * use FIXED_ANCHOR). For one anchor the records are identical, ids included; two anchors give the
 * same records shifted by the days between them.
 */
export const FIXED_ANCHOR = '2026-11-01';

/** The anchor day to seed at: the given one, else CRM_SEED_ANCHOR, else today (UTC). */
export function resolveAnchor(anchor?: string | Date, env: NodeJS.ProcessEnv = process.env): string {
  const given = anchor instanceof Date ? anchor.toISOString().slice(0, 10) : anchor ?? env.CRM_SEED_ANCHOR ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(`${given}T00:00:00Z`))) throw new Error(`seed: the anchor must be a YYYY-MM-DD day, not "${given}"`);
  return given;
}

/** Dates as days from the anchor. Arrow properties, so a step can destructure them: `const { isoDate } = ctx.dates`. */
export class DemoCalendar {
  /** The anchor at 00:00 UTC. */
  readonly anchorMs: number;
  /** The clock of the seed: now when the anchor is today, else noon of the anchor (deterministic). */
  readonly nowMs: number;

  constructor(readonly anchor: string, clock = Date.now()) {
    this.anchorMs = Date.parse(`${anchor}T00:00:00Z`);
    this.nowMs = clock >= this.anchorMs && clock < this.anchorMs + DAY_MS ? clock : this.anchorMs + DAY_MS / 2;
  }

  /** "YYYY-MM-DD", `days` after the anchor (negative: before). */
  readonly isoDate = (days: number): string => new Date(this.anchorMs + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
  /** A UTC instant `days` after the anchor at the given time of day. */
  readonly dateTime = (days: number, hour = 0, minute = 0): Date => new Date(this.anchorMs + Math.floor(days) * DAY_MS + (hour * 60 + minute) * 60_000);
  /** The instant, or when it is after the seed's clock, the same time of day moved back before it (within 6 h). */
  readonly beforeNow = (d: Date): Date => (d.getTime() <= this.nowMs ? d : new Date(this.nowMs - 60_000 - ((d.getTime() - this.nowMs) % (6 * 3_600_000))));
  /** Days from the anchor to a "YYYY-MM-DD" date. */
  readonly daysOf = (date: string): number => Math.round((Date.parse(`${date}T00:00:00Z`) - this.anchorMs) / DAY_MS);
  /** Day of the week of `days` after the anchor: 0 Sunday ... 6 Saturday. */
  readonly weekday = (days: number): number => new Date(this.anchorMs + Math.floor(days) * DAY_MS).getUTCDay();
  /** Days from the anchor to the first day of the month `months` after the anchor's month. */
  readonly monthStart = (months: number): number => {
    const a = new Date(this.anchorMs);
    return Math.round((Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + months, 1) - this.anchorMs) / DAY_MS);
  };
  /** Days from the anchor to the first day of the quarter `quarters` after the anchor's quarter. */
  readonly quarterStart = (quarters: number): number => this.monthStart(quarters * 3 - (new Date(this.anchorMs).getUTCMonth() % 3));
}

// The calendar of the seed running in this async context (seedDemo sets it), for the free helpers below.
const running = new AsyncLocalStorage<DemoCalendar>();

/** Runs `fn` with `calendar` as the one the free date helpers use. */
export function withCalendar<T>(calendar: DemoCalendar, fn: () => Promise<T>): Promise<T> {
  return running.run(calendar, fn);
}

/** The calendar of the running seed (outside one: the default anchor's). Steps use `ctx.dates`. */
export function currentCalendar(): DemoCalendar {
  return running.getStore() ?? new DemoCalendar(resolveAnchor());
}

/** "YYYY-MM-DD", `days` after the running seed's anchor (same as `ctx.dates.isoDate`). */
export const isoDate = (days: number): string => currentCalendar().isoDate(days);
/** Another name of isoDate. */
export const dateOnly = isoDate;
/** A UTC instant `days` after the running seed's anchor (same as `ctx.dates.dateTime`). */
export const dateTime = (days: number, hour = 0, minute = 0): Date => currentCalendar().dateTime(days, hour, minute);
/** Days from the running seed's anchor to a "YYYY-MM-DD" date (same as `ctx.dates.daysOf`). */
export const daysOf = (date: string): number => currentCalendar().daysOf(date);

export function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * 60_000);
}

/** Rounds to a multiple of `step` (amounts that look entered by a person). */
export function roundTo(n: number, step: number): number {
  return Math.max(step, Math.round(n / step) * step);
}
