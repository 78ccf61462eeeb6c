/** A calendar quarter: the period of the tree's won business, quota and attainment. */
export interface Quarter {
  year: number;
  /** 1..4 */
  quarter: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterOf(date: Date): Quarter {
  return { year: date.getFullYear(), quarter: Math.floor(date.getMonth() / 3) + 1 };
}

/** First and last day ("YYYY-MM-DD", inclusive). */
export function quarterRange({ year, quarter }: Quarter): { periodStart: string; periodEnd: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { periodStart: `${year}-${pad(firstMonth)}-01`, periodEnd: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

export function shiftQuarter({ year, quarter }: Quarter, by: number): Quarter {
  const index = year * 4 + (quarter - 1) + by;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** "2026-Q4" in the URL. */
export function formatQuarterParam({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`;
}

export function parseQuarterParam(value: string | null): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(value ?? '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) } : null;
}
