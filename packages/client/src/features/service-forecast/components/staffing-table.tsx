import { useMemo, useState } from 'react';

import { Button } from '@/components/ui/button/button';
import { Table, type TableColumn } from '@/components/ui/table/table';
import { useFormatters } from '@/lib/format';

import { useServiceForecastT } from '../i18n';
import { isChannel } from '../utils/channels';
import { staffingRows, type ChannelForecast } from '../utils/forecast-data';
import styles from './service-forecast.module.css';

type Row = ReturnType<typeof staffingRows>[number];

/** Days shown before "show all": two weeks keep the page short on a phone. */
const FIRST_DAYS = 14;

/** Agents needed per day (rows) and channel (columns), with the achieved service level and occupancy. */
export function StaffingTable({ channels, busy }: { channels: readonly ChannelForecast[]; busy: boolean }) {
  const t = useServiceForecastT();
  const f = useFormatters();
  const pct = (v: number) => f.percent(v * 100);
  const [showAll, setShowAll] = useState(false);
  const all = useMemo(() => staffingRows(channels), [channels]);
  const rows = showAll ? all : all.slice(0, FIRST_DAYS);
  const day = useMemo(() => new Intl.DateTimeFormat(f.locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }), [f.locale]);
  const columns: TableColumn<Row>[] = [
    { id: 'date', header: t('staffing.date'), cell: (r) => <span className={styles.nowrap}>{day.format(new Date(`${r.date}T00:00:00Z`))}</span> },
    ...channels.map((c, i): TableColumn<Row> => ({
      id: c.channel,
      header: isChannel(c.channel) ? t(`channels.${c.channel}`) : c.channel,
      align: 'end',
      cell: (r) => {
        const s = r.cells[i];
        return (
          <span data-testid={`agents-${c.channel}-${r.date}`} data-agents={s.agentsNeeded}>
            <span className={styles.agents}>{f.number(s.agentsNeeded)}</span>
            <span className={styles.muted}>{t('staffing.cell', { sl: pct(s.serviceLevel), occ: pct(s.occupancy) })}</span>
          </span>
        );
      },
    })),
  ];
  return (
    <>
      <Table caption={t('staffing.caption')} columns={columns} rows={rows} getRowKey={(r) => r.date} busy={busy} />
      {all.length > FIRST_DAYS && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll} data-testid="staffing-show-all">
            {showAll ? t('staffing.showFirst', { count: FIRST_DAYS }) : t('staffing.showAll', { count: all.length })}
          </Button>
        </div>
      )}
    </>
  );
}
