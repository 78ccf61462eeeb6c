import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button/button';
import { FormField, FormGrid, formFieldStyles } from '@/components/ui/form-field/form-field';
import type { ServiceForecastSpikeInput } from '@/gql/graphql';

import { useServiceForecastT } from '../i18n';
import { CHANNELS, isChannel } from '../utils/channels';
import { formatChange, toSpikeInput, type SpikeDraft } from '../utils/forecast-data';
import styles from './service-forecast.module.css';

interface Props {
  spikes: ServiceForecastSpikeInput[];
  onChange: (spikes: ServiceForecastSpikeInput[]) => void;
  /** Suggested first day (the forecast's first day). */
  defaultFrom: string;
  /** The server's refusal of a spike, if any. */
  error?: string | null;
}

/** Planned spikes: a date range, an optional channel and a percent change; each applies to the forecast at once. */
export function SpikeForm({ spikes, onChange, defaultFrom, error }: Props) {
  const t = useServiceForecastT();
  const [draft, setDraft] = useState<SpikeDraft>({ from: defaultFrom, to: defaultFrom, channel: '', change: '40' });
  const [invalid, setInvalid] = useState(false);
  const set = (k: keyof SpikeDraft, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const spike = toSpikeInput(draft);
    setInvalid(!spike);
    if (spike) onChange([...spikes, spike]);
  };
  const c = formFieldStyles.control;
  const channelLabel = (ch?: string | null) => (ch && isChannel(ch) ? t(`channels.${ch}`) : t('settings.allChannels'));
  return (
    <div className={styles.panel}>
      <form onSubmit={submit} aria-label={t('spikes.heading')} data-testid="spike-form" noValidate>
        <FormGrid>
          <FormField label={t('spikes.from')} error={invalid ? t('spikes.invalid') : error}>
            <input className={c} type="date" value={draft.from} onChange={(e) => set('from', e.target.value)} data-testid="spike-from" />
          </FormField>
          <FormField label={t('spikes.to')}>
            <input className={c} type="date" value={draft.to} onChange={(e) => set('to', e.target.value)} data-testid="spike-to" />
          </FormField>
          <FormField label={t('spikes.channel')}>
            <select className={c} value={draft.channel} onChange={(e) => set('channel', e.target.value)} data-testid="spike-channel">
              <option value="">{t('settings.allChannels')}</option>
              {CHANNELS.map((ch) => <option key={ch} value={ch}>{t(`channels.${ch}`)}</option>)}
            </select>
          </FormField>
          <FormField label={t('spikes.change')}>
            <input className={c} type="number" inputMode="decimal" step="any" value={draft.change} onChange={(e) => set('change', e.target.value)} data-testid="spike-change" />
          </FormField>
        </FormGrid>
        <div className={styles.actions}>
          <Button type="submit" variant="secondary" data-testid="spike-add">{t('spikes.add')}</Button>
        </div>
      </form>
      {spikes.length === 0 ? (
        <p className={styles.reason}>{t('spikes.none')}</p>
      ) : (
        <ul className={styles.spikeList} data-testid="spike-list">
          {spikes.map((s, i) => (
            <li key={`${s.from}-${s.to}-${s.channel ?? ''}-${i}`} className={styles.spikeItem}>
              <span>{t('spikes.item', { from: s.from, to: s.to, channel: channelLabel(s.channel), change: formatChange(s.factor) })}</span>
              <Button size="sm" variant="ghost" onClick={() => onChange(spikes.filter((_, j) => j !== i))}>{t('spikes.remove')}</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
