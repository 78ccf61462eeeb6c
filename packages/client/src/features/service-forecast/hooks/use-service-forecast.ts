import { useQuery } from '@apollo/client/react';

import { ServiceForecastDocument, type ServiceForecastInput, type ServiceForecastSpikeInput } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

import type { ForecastSettings } from '../components/settings-form';

/** The query's input from the screen's settings and spikes. */
export function toInput(s: ForecastSettings, spikes: ServiceForecastSpikeInput[]): ServiceForecastInput {
  return {
    channel: s.channel || null,
    method: s.method,
    horizonDays: s.horizonDays,
    serviceLevelTarget: s.serviceLevelPercent / 100,
    targetAnswerSeconds: s.targetAnswerSeconds.trim() === '' ? null : Number(s.targetAnswerSeconds),
    workingHoursPerDay: s.workingHoursPerDay,
    spikes,
  };
}

/** The forecast for the settings; a refusal is mapped to the input it names (spikes.* → spikes). */
export function useServiceForecast(settings: ForecastSettings, spikes: ServiceForecastSpikeInput[]) {
  const q = useQuery(ServiceForecastDocument, { variables: { input: toInput(settings, spikes) }, fetchPolicy: 'cache-and-network' });
  const errors: Record<string, string> = {};
  for (const e of fieldErrors(q.error) ?? []) if (e.field) errors[e.field.startsWith('spikes') ? 'spikes' : e.field] = e.message;
  const data = q.data ?? q.previousData;
  return { data: data?.serviceForecast, loading: q.loading, error: q.error, errors };
}
