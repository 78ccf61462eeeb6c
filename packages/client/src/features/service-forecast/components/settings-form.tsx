import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button/button';
import { FormField, FormGrid, formFieldStyles } from '@/components/ui/form-field/form-field';
import type { ServiceForecastMethod } from '@/gql/graphql';

import { useServiceForecastT } from '../i18n';
import { CHANNELS } from '../utils/channels';

export interface ForecastSettings {
  channel: string;
  method: ServiceForecastMethod;
  horizonDays: number;
  serviceLevelPercent: number;
  targetAnswerSeconds: string;
  workingHoursPerDay: number;
}

export const DEFAULT_SETTINGS: ForecastSettings = { channel: '', method: 'AUTO', horizonDays: 30, serviceLevelPercent: 80, targetAnswerSeconds: '', workingHoursPerDay: 8 };

const METHODS: ServiceForecastMethod[] = ['AUTO', 'HOLT_WINTERS', 'SEASONAL_NAIVE'];

/** Channel, method, horizon and the service level to staff for; applied with one button. */
export function SettingsForm({ value, onApply, errors }: { value: ForecastSettings; onApply: (s: ForecastSettings) => void; errors: Record<string, string> }) {
  const t = useServiceForecastT();
  const [draft, setDraft] = useState(value);
  const set = <K extends keyof ForecastSettings>(k: K, v: ForecastSettings[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const c = formFieldStyles.control;
  return (
    <form onSubmit={submit} aria-label={t('settings.heading')} data-testid="service-forecast-settings">
      <FormGrid>
        <FormField label={t('settings.channel')} error={errors.channel}>
          <select className={c} value={draft.channel} onChange={(e) => set('channel', e.target.value)} data-testid="sf-channel">
            <option value="">{t('settings.allChannels')}</option>
            {CHANNELS.map((ch) => <option key={ch} value={ch}>{t(`channels.${ch}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('settings.method')} error={errors.method}>
          <select className={c} value={draft.method} onChange={(e) => set('method', e.target.value as ServiceForecastMethod)} data-testid="sf-method">
            {METHODS.map((m) => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('settings.horizonDays')} error={errors.horizonDays}>
          <input className={c} type="number" min={1} max={90} value={draft.horizonDays} onChange={(e) => set('horizonDays', Number(e.target.value))} data-testid="sf-horizon" />
        </FormField>
        <FormField label={t('settings.serviceLevel')} error={errors.serviceLevelTarget}>
          <input className={c} type="number" min={1} max={99.9} step="any" value={draft.serviceLevelPercent} onChange={(e) => set('serviceLevelPercent', Number(e.target.value))} data-testid="sf-service-level" />
        </FormField>
        <FormField label={t('settings.answerSeconds')} hint={t('settings.answerHint')} error={errors.targetAnswerSeconds}>
          <input className={c} type="number" min={1} value={draft.targetAnswerSeconds} onChange={(e) => set('targetAnswerSeconds', e.target.value)} data-testid="sf-answer-seconds" />
        </FormField>
        <FormField label={t('settings.workingHours')} error={errors.workingHoursPerDay}>
          <input className={c} type="number" min={0.5} max={24} step="0.5" value={draft.workingHoursPerDay} onChange={(e) => set('workingHoursPerDay', Number(e.target.value))} data-testid="sf-working-hours" />
        </FormField>
      </FormGrid>
      <div style={{ marginTop: 'var(--space-3)' }}>
        <Button type="submit" data-testid="sf-apply">{t('settings.apply')}</Button>
      </div>
    </form>
  );
}
