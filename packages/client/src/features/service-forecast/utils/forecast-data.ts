import type { ServiceForecastQuery, ServiceForecastSpikeInput } from '@/gql/graphql';

export type ChannelForecast = ServiceForecastQuery['serviceForecast']['channels'][number];

export interface ChartRow {
  date: string;
  actual?: number;
  forecast?: number;
  adjusted?: number;
  range?: [number, number];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** History then forecast of one channel as chart rows; the forecast line starts at the last actual day so the two join. */
export function chartRows(channel: ChannelForecast): ChartRow[] {
  const rows: ChartRow[] = channel.history.map((p) => ({ date: p.date, actual: p.volume }));
  const last = rows[rows.length - 1];
  if (last) last.forecast = last.adjusted = last.actual;
  for (const p of channel.forecast) {
    rows.push({
      date: p.date,
      forecast: round1(p.volume),
      adjusted: round1(p.adjustedVolume),
      range: p.lower != null && p.upper != null ? [round1(p.lower), round1(p.upper)] : undefined,
    });
  }
  return rows;
}

/** The staffing table: one row per day with every channel's numbers. */
export function staffingRows(channels: readonly ChannelForecast[]) {
  const days = channels[0]?.staffing.map((s) => s.date) ?? [];
  return days.map((date, i) => ({ date, cells: channels.map((c) => ({ channel: c.channel, ...c.staffing[i] })) }));
}

export interface SpikeDraft {
  from: string;
  to: string;
  channel: string;
  /** Percent change, e.g. "40" = +40 %. */
  change: string;
}

/** A spike draft as the API's input (factor = 1 + change / 100); null when it is not valid. */
export function toSpikeInput(d: SpikeDraft): ServiceForecastSpikeInput | null {
  const change = Number(d.change);
  if (!d.from || !d.to || d.from > d.to || d.change.trim() === '' || !Number.isFinite(change) || change <= -100 || change > 900) return null;
  return { from: d.from, to: d.to, channel: d.channel || null, factor: 1 + change / 100 };
}

/** Percent change of a factor, signed: 1.4 → "+40%". */
export const formatChange = (factor: number) => `${factor >= 1 ? '+' : '−'}${Math.round(Math.abs(factor - 1) * 100)}%`;

/** Days after `iso` (YYYY-MM-DD), as YYYY-MM-DD. */
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
