/**
 * Erlang C (M/M/N queue): the chance a contact waits, the service level (share answered within
 * a target time) and the agents needed for a target. Traffic A = arrival rate × average handle
 * time, in Erlangs. Pure functions.
 */

/** Erlang B by its stable recursion B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)). */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return b;
}

/** P(wait) = C(N, A) = N·B / (N − A·(1 − B)); 1 when N ≤ A (the queue grows without bound). */
export function erlangC(agents: number, traffic: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  const b = erlangB(agents, traffic);
  return (agents * b) / (agents - traffic * (1 - b));
}

/** Share answered within `targetSeconds`: 1 − C·e^{−(N − A)·t / AHT}; 0 when N ≤ A. */
export function serviceLevel(agents: number, traffic: number, handleSeconds: number, targetSeconds: number): number {
  if (traffic <= 0) return 1;
  if (agents <= traffic) return 0;
  return 1 - erlangC(agents, traffic) * Math.exp((-(agents - traffic) * targetSeconds) / handleSeconds);
}

/** Average speed of answer (seconds): C·AHT / (N − A). */
export function averageSpeedOfAnswer(agents: number, traffic: number, handleSeconds: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return Infinity;
  return (erlangC(agents, traffic) * handleSeconds) / (agents - traffic);
}

export interface StaffingResult {
  /** Smallest N whose service level reaches the target (0 with no contacts). */
  agents: number;
  /** Traffic in Erlangs. */
  traffic: number;
  serviceLevel: number;
  /** P(wait) with that many agents. */
  probabilityOfWaiting: number;
  /** A / N: the share of the agents' time spent handling contacts. */
  occupancy: number;
}

/**
 * Agents needed for `volume` contacts spread evenly over `periodSeconds`, each taking
 * `handleSeconds`, so that at least `target` (0..1) are answered within `targetSeconds`.
 */
export function agentsNeeded(volume: number, periodSeconds: number, handleSeconds: number, target: number, targetSeconds: number): StaffingResult {
  const traffic = (volume / periodSeconds) * handleSeconds;
  if (traffic <= 0) return { agents: 0, traffic: 0, serviceLevel: 1, probabilityOfWaiting: 0, occupancy: 0 };
  let n = Math.max(1, Math.floor(traffic) + 1);
  while (serviceLevel(n, traffic, handleSeconds, targetSeconds) < target && n < 100_000) n++;
  return { agents: n, traffic, serviceLevel: serviceLevel(n, traffic, handleSeconds, targetSeconds), probabilityOfWaiting: erlangC(n, traffic), occupancy: traffic / n };
}
