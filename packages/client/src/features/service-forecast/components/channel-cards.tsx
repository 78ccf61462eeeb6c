import { Button } from '@/components/ui/button/button';
import { useFormatters } from '@/lib/format';

import { useServiceForecastT } from '../i18n';
import { isChannel } from '../utils/channels';
import type { ChannelForecast } from '../utils/forecast-data';
import styles from './service-forecast.module.css';

/** One card per channel: method and why, backtest MAPE, handle time and its source, peak agents. */
export function ChannelCards({ channels, selected, onSelect }: { channels: readonly ChannelForecast[]; selected: string; onSelect: (channel: string) => void }) {
  const t = useServiceForecastT();
  const f = useFormatters();
  const mape = (v: number | null) => (v == null ? t('summary.mapeNone') : `${f.number(Math.round(v * 10) / 10)}%`);
  const seconds = (s: number) => (s >= 120 ? t('units.minutes', { value: f.number(Math.round(s / 6) / 10) }) : t('units.seconds', { value: f.number(Math.round(s)) }));
  return (
    <ul className={styles.cards}>
      {channels.map((c) => {
        const peak = Math.max(0, ...c.staffing.map((s) => s.agentsNeeded));
        const name = isChannel(c.channel) ? t(`channels.${c.channel}`) : c.channel;
        return (
          <li key={c.channel} className={`${styles.card} ${c.channel === selected ? styles.cardSelected : ''}`} data-testid={`sf-card-${c.channel}`}>
            <div className={styles.cardTitle}>
              <span>{name}</span>
              <Button size="sm" variant="ghost" onClick={() => onSelect(c.channel)} aria-pressed={c.channel === selected} data-testid={`sf-show-${c.channel}`}>
                {t('summary.show')}
              </Button>
            </div>
            <dl style={{ margin: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
              <div className={styles.stat}><dt>{t('summary.method')}</dt><dd data-testid={`sf-method-${c.channel}`}>{t(`methods.${c.method}`)}</dd></div>
              <div className={styles.stat}>
                <dt>{t('summary.mape')}</dt>
                <dd data-testid={`sf-mape-${c.channel}`}>{mape(c.mape)}</dd>
              </div>
              <div className={styles.stat}>
                <dt>{t('summary.handleTime')}</dt>
                <dd>
                  {seconds(c.averageHandleTimeSeconds)}
                  <span className={styles.muted}>{c.handleTimeSource === 'CALL_DURATIONS' ? t('summary.handleFromCalls', { count: c.handleTimeSampleSize }) : t('summary.handleDefault')}</span>
                </dd>
              </div>
              <div className={styles.stat}><dt>{t('summary.answerTarget')}</dt><dd>{seconds(c.targetAnswerSeconds)}</dd></div>
              <div className={styles.stat}><dt>{t('summary.peakAgents')}</dt><dd data-testid={`sf-peak-${c.channel}`}>{f.number(peak)}</dd></div>
            </dl>
            <p className={styles.reason} title={c.methodReason} data-testid={`sf-reason-${c.channel}`}>{t(`rules.${c.methodRule}`, { hw: mape(c.holtWintersMape), sn: mape(c.seasonalNaiveMape) })}</p>
          </li>
        );
      })}
    </ul>
  );
}
