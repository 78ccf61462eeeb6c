import { lazy, Suspense, useMemo, useState } from 'react';

import { Alert } from '@/components/ui/alert/alert';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import type { ServiceForecastSpikeInput } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { ChannelCards } from '../components/channel-cards';
import { DEFAULT_SETTINGS, SettingsForm, type ForecastSettings } from '../components/settings-form';
import styles from '../components/service-forecast.module.css';
import { SpikeForm } from '../components/spike-form';
import { StaffingTable } from '../components/staffing-table';
import { useServiceForecast } from '../hooks/use-service-forecast';
import { useServiceForecastT } from '../i18n';
import { isChannel } from '../utils/channels';
import { chartRows } from '../utils/forecast-data';

// recharts comes with this module only, loaded when the chart first renders.
const ForecastChart = lazy(() => import('../components/forecast-chart'));

/** Service forecast: per channel the history and forecast, the method and its backtest error, spikes and agents needed. */
export function ServiceForecastRoute() {
  const t = useServiceForecastT();
  const f = useFormatters();
  const [settings, setSettings] = useState<ForecastSettings>(DEFAULT_SETTINGS);
  const [spikes, setSpikes] = useState<ServiceForecastSpikeInput[]>([]);
  const [picked, setPicked] = useState('');
  const { data, loading, error, errors } = useServiceForecast(settings, spikes);
  const channels = data?.channels ?? [];
  const selected = channels.find((c) => c.channel === picked) ?? channels[0];
  const rows = useMemo(() => (selected ? chartRows(selected) : []), [selected]);
  const chartTitle = selected ? t('chart.heading', { channel: isChannel(selected.channel) ? t(`channels.${selected.channel}`) : selected.channel }) : '';

  return (
    <div className={layout.page} data-testid="service-forecast-page">
      <header className={layout.pageHeader}>
        <h1>{t('title')}</h1>
        {loading && <Spinner label={t('loading')} />}
      </header>
      <p className={layout.lead}>{t('lead')}</p>
      {data && <p className={layout.hint}>{t('asOf', { date: f.date(data.asOfDate), from: f.date(data.historyFrom) })}</p>}
      {error && !Object.keys(errors).length && <Alert>{t('error')}</Alert>}

      <details className={styles.panel} open={Object.keys(errors).some((k) => k !== 'spikes') || undefined} data-testid="sf-settings">
        <summary className={styles.summary}>{t('settings.heading')}</summary>
        <SettingsForm value={settings} onApply={setSettings} errors={errors} />
      </details>

      {channels.length > 0 && (
        <section className={layout.section}>
          <ChannelCards channels={channels} selected={selected?.channel ?? ''} onSelect={setPicked} />
        </section>
      )}

      {selected && (
        <section className={layout.section} aria-labelledby="sf-chart-heading">
          <h2 id="sf-chart-heading" className={layout.sectionHeading}>{chartTitle}</h2>
          <div className={styles.panel}>
            <Suspense fallback={<Spinner label={t('chart.loading')} showLabel />}>
              <ForecastChart rows={rows} adjusted={selected.forecast.some((p) => p.spikeFactor !== 1)} label={chartTitle} />
            </Suspense>
          </div>
        </section>
      )}

      <section className={layout.section}>
        <h2 className={layout.sectionHeading}>{t('spikes.heading')}</h2>
        <p className={layout.hint}>{t('spikes.hint')}</p>
        <SpikeForm spikes={spikes} onChange={setSpikes} defaultFrom={data?.asOfDate ?? ''} key={data?.asOfDate ?? 'none'} error={errors.spikes} />
      </section>

      {channels.length > 0 && (
        <section className={layout.section} data-testid="staffing-section">
          <h2 className={layout.sectionHeading}>{t('staffing.heading')}</h2>
          <p className={layout.hint}>{t('staffing.legend')}</p>
          <StaffingTable channels={channels} busy={loading} />
        </section>
      )}
    </div>
  );
}
