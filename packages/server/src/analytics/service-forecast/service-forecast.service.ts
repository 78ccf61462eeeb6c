import type { RequestContext } from '../../api/request-context';
import { analyticsToday } from '../relative-dates';
import { caseOrigins } from '../../service/case-sla';
import { chooseMethod, fitAndForecast } from './backtest';
import { agentsNeeded } from './erlang-c';
import { applySpikes } from './spikes';
import { loadCaseVolumeHistory, type ChannelHistory } from './case-volume-history';
import { validateServiceForecastInput, type ServiceForecastOptions } from './service-forecast.validation';
import {
  HandleTimeSource, ServiceForecastMethod, ServiceForecastMethodRule,
  type ServiceChannelForecast, type ServiceForecast, type ServiceForecastInput,
} from './service-forecast.types';

const SEASON = 7;
const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Handle time per case when no call time was logged on a channel's cases (seconds). */
export const DEFAULT_HANDLE_SECONDS: Record<string, number> = { Phone: 360, Chat: 420, Email: 480, Web: 480, Social: 300 };
/** Answer target per channel when the input gives none: real-time channels in seconds, written ones in an hour. */
export const DEFAULT_ANSWER_SECONDS: Record<string, number> = { Phone: 20, Chat: 30, Email: 3600, Web: 3600, Social: 3600 };

/**
 * Daily case volume per channel for the next horizonDays, the method chosen by backtest, the
 * planned spikes applied, and Erlang C agents per day. One SQL statement (the history); the
 * rest is arithmetic.
 */
export async function serviceForecast(ctx: RequestContext, input: ServiceForecastInput = {}): Promise<ServiceForecast> {
  const o = validateServiceForecastInput(input);
  const todayMs = Date.parse(`${analyticsToday().toISOString().slice(0, 10)}T00:00:00Z`);
  const asOfDate = isoDay(todayMs);
  const historyFrom = isoDay(todayMs - o.historyDays * DAY_MS);
  const channels = o.channel ? [o.channel] : [...caseOrigins];
  const history = await loadCaseVolumeHistory(ctx, channels, historyFrom, asOfDate);
  return {
    asOfDate,
    historyFrom,
    backtestDays: o.backtestDays,
    serviceLevelTarget: o.serviceLevelTarget,
    workingHoursPerDay: o.workingHoursPerDay,
    channels: history.map((h) => forecastChannel(h, o, todayMs)),
  };
}

function forecastChannel(h: ChannelHistory, o: ServiceForecastOptions, todayMs: number): ServiceChannelForecast {
  const y = h.volumes;
  const choice = chooseMethod(y, o.backtestDays, o.method === ServiceForecastMethod.AUTO ? 'AUTO' : o.method, SEASON);
  const { points, params } = fitAndForecast(choice.method, y, o.horizonDays, SEASON);
  const fromHistory = h.casesWithCalls > 0;
  const aht = fromHistory ? h.callSeconds / h.casesWithCalls : DEFAULT_HANDLE_SECONDS[h.channel] ?? 420;
  const answer = o.targetAnswerSeconds ?? DEFAULT_ANSWER_SECONDS[h.channel] ?? 3600;
  const period = o.workingHoursPerDay * 3600;
  const forecast = applySpikes(points.map((p, i) => ({ date: isoDay(todayMs + i * DAY_MS), volume: p.value, lower: p.lower, upper: p.upper })), o.spikes, h.channel);
  const staffing = forecast.map((p) => {
    const s = agentsNeeded(p.adjustedVolume, period, aht, o.serviceLevelTarget, answer);
    return { date: p.date, agentsNeeded: s.agents, trafficErlangs: s.traffic, serviceLevel: s.serviceLevel, probabilityOfWaiting: s.probabilityOfWaiting, occupancy: s.occupancy };
  });
  const historyStartMs = todayMs - y.length * DAY_MS;
  const shown = Math.min(o.historyPoints, y.length);
  return {
    channel: h.channel,
    method: choice.method as ServiceForecastMethod,
    methodRule: choice.rule as ServiceForecastMethodRule,
    methodReason: choice.reason,
    mape: choice.mape,
    holtWintersMape: choice.mapes.HOLT_WINTERS,
    seasonalNaiveMape: choice.mapes.SEASONAL_NAIVE,
    alpha: params?.alpha ?? null,
    beta: params?.beta ?? null,
    gamma: params?.gamma ?? null,
    historyTotal: y.reduce((a, b) => a + b, 0),
    history: y.slice(y.length - shown).map((volume, i) => ({ date: isoDay(historyStartMs + (y.length - shown + i) * DAY_MS), volume })),
    forecast,
    averageHandleTimeSeconds: aht,
    handleTimeSource: fromHistory ? HandleTimeSource.CALL_DURATIONS : HandleTimeSource.DEFAULT,
    handleTimeSampleSize: h.casesWithCalls,
    targetAnswerSeconds: answer,
    staffing,
  };
}
