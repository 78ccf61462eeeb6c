import { badInput } from '../../common/errors';
import { caseOrigins } from '../../service/case-sla';
import type { Spike } from './spikes';
import { ServiceForecastMethod, type ServiceForecastInput } from './service-forecast.types';

export interface ServiceForecastOptions {
  horizonDays: number;
  channel: string | null;
  method: ServiceForecastMethod;
  spikes: Spike[];
  serviceLevelTarget: number;
  targetAnswerSeconds: number | null;
  workingHoursPerDay: number;
  historyDays: number;
  historyPoints: number;
  backtestDays: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function num(field: string, value: number | null | undefined, fallback: number, min: number, max: number, integer: boolean): number {
  if (value == null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw badInput(field, `${field} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  }
  return value;
}

function channelOf(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  const known = caseOrigins.find((c) => c.toLowerCase() === String(value).toLowerCase());
  if (!known) throw badInput(field, `${field} must be one of ${caseOrigins.join(', ')}`);
  return known;
}

/** Checks every input and fills the defaults; errors name the input field (spikes.<i>.factor ...). */
export function validateServiceForecastInput(input: ServiceForecastInput): ServiceForecastOptions {
  const historyDays = num('historyDays', input.historyDays, 365, 28, 1095, true);
  const backtestDays = num('backtestDays', input.backtestDays, 28, 7, 90, true);
  if (backtestDays > historyDays - 14) throw badInput('backtestDays', 'backtestDays must leave at least 14 days of history to fit on');
  const spikes = input.spikes ?? [];
  if (spikes.length > 20) throw badInput('spikes', 'at most 20 spikes');
  return {
    horizonDays: num('horizonDays', input.horizonDays, 30, 1, 90, true),
    channel: channelOf('channel', input.channel),
    method: input.method ?? ServiceForecastMethod.AUTO,
    serviceLevelTarget: num('serviceLevelTarget', input.serviceLevelTarget, 0.8, 0.01, 0.999, false),
    targetAnswerSeconds: input.targetAnswerSeconds == null ? null : num('targetAnswerSeconds', input.targetAnswerSeconds, 20, 1, 604_800, true),
    workingHoursPerDay: num('workingHoursPerDay', input.workingHoursPerDay, 8, 0.5, 24, false),
    historyDays,
    historyPoints: num('historyPoints', input.historyPoints, 56, 0, 1095, true),
    backtestDays,
    spikes: spikes.map((s, i) => {
      for (const k of ['from', 'to'] as const) if (typeof s[k] !== 'string' || !DAY.test(s[k])) throw badInput(`spikes.${i}.${k}`, `spikes[${i}].${k} must be a day (YYYY-MM-DD)`);
      if (s.from > s.to) throw badInput(`spikes.${i}.to`, `spikes[${i}].to must not be before from`);
      const factor = num(`spikes.${i}.factor`, s.factor, 1, 0, 10, false);
      if (factor <= 0) throw badInput(`spikes.${i}.factor`, `spikes[${i}].factor must be greater than 0`);
      return { from: s.from, to: s.to, channel: channelOf(`spikes.${i}.channel`, s.channel), factor };
    }),
  };
}
