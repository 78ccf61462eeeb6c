/** Planned spikes (a product launch, a campaign): a factor on the forecast of some days and channels. */
export interface Spike {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
  /** Null/undefined: every channel. */
  channel?: string | null;
  /** Multiplier: 1.4 = +40 %. */
  factor: number;
}

/** The factor of one channel's day: the product of the factors of every spike that covers it (1 when none). */
export function spikeFactor(spikes: readonly Spike[], channel: string, day: string): number {
  let f = 1;
  for (const s of spikes) if (s.from <= day && day <= s.to && (s.channel == null || s.channel === channel)) f *= s.factor;
  return f;
}

/** Applies the spikes to a channel's forecast points (dates as YYYY-MM-DD). */
export function applySpikes<P extends { date: string; volume: number }>(points: readonly P[], spikes: readonly Spike[], channel: string) {
  return points.map((p) => {
    const factor = spikeFactor(spikes, channel, p.date);
    return { ...p, spikeFactor: factor, adjustedVolume: p.volume * factor };
  });
}
