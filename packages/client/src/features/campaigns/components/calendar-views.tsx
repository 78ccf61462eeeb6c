import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CampaignCalendarQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { campaignPaths } from '../paths';
import { itemsOn, layoutWeek, spanOf, type CalendarRange, type Placed } from '../utils/calendar';
import { useCalendarFormat } from '../utils/calendar-format';
import { statusTone } from '../utils/picklists';
import styles from './calendar-views.module.css';
import { CampaignStatusPill, useCampaignTypeLabel } from './campaign-status-pill';

export type CalendarCampaign = CampaignCalendarQuery['campaignCalendar'][number];

/** Lanes a month's week shows; the rest are counted in "+N more" (the day's own view lists all). */
const MONTH_LANES = 6;

interface ViewProps {
  campaigns: readonly CalendarCampaign[];
  range: CalendarRange;
  today: string;
  dayHref: (day: string) => string;
}

const chunkWeeks = (days: readonly string[]) =>
  Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));

/** Month grid: campaigns as bars across the days they run. */
export function MonthView({ campaigns, range, today, dayHref, anchor }: ViewProps & { anchor: string }) {
  const format = useCalendarFormat();
  const month = anchor.slice(0, 7);
  const weeks = chunkWeeks(range.days);
  return (
    <div className={styles.month} data-testid="calendar-month">
      <div className={styles.weekdays} aria-hidden="true">
        {weeks[0]?.map((day) => (
          <span key={day}>{format.weekday(day)}</span>
        ))}
      </div>
      {weeks.map((days) => (
        <WeekRow
          key={days[0]}
          days={days}
          campaigns={campaigns}
          today={today}
          dayHref={dayHref}
          maxLanes={MONTH_LANES}
          isOutside={(day) => day.slice(0, 7) !== month}
        />
      ))}
    </div>
  );
}

/** One week: campaigns as bars. */
export function WeekView({ campaigns, range, today, dayHref }: ViewProps) {
  const format = useCalendarFormat();
  return (
    <div className={styles.month} data-testid="calendar-week">
      <div className={styles.weekdays} aria-hidden="true">
        {range.days.map((day) => (
          <span key={day}>{format.weekday(day)}</span>
        ))}
      </div>
      <WeekRow days={range.days} campaigns={campaigns} today={today} dayHref={dayHref} maxLanes={Infinity} tall />
    </div>
  );
}

interface WeekRowProps {
  days: readonly string[];
  campaigns: readonly CalendarCampaign[];
  today: string;
  dayHref: (day: string) => string;
  maxLanes: number;
  isOutside?: (day: string) => boolean;
  tall?: boolean;
}

function WeekRow({ days, campaigns, today, dayHref, maxLanes, isOutside, tall }: WeekRowProps) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const { number } = useFormatters();
  const placed = layoutWeek(campaigns, spanOf, days[0]);
  const shown = placed.filter((p) => p.lane < maxLanes);
  const lanes = shown.reduce((max, p) => Math.max(max, p.lane + 1), 0);
  const hiddenOn = (column: number) => placed.filter((p) => p.lane >= maxLanes && p.from <= column && p.to >= column).length;

  return (
    <div
      className={`${styles.week} ${tall ? styles.tall : ''}`}
      style={{ '--lanes': Math.max(lanes, 1) } as CSSProperties}
      role="group"
      aria-label={t('campaigns.calendar.weekOf', { date: format.range(days[0], days[days.length - 1]) })}
    >
      {days.map((day, column) => {
        const hidden = hiddenOn(column);
        const count = itemsOn(campaigns, spanOf, day).length;
        return (
          <div
            key={day}
            className={[styles.day, isOutside?.(day) ? styles.outside : '', day === today ? styles.today : ''].join(' ')}
            style={{ gridColumn: column + 1 }}
            data-testid="calendar-day"
            data-date={day}
          >
            <Link to={dayHref(day)} className={styles.dayNumber} aria-label={format.full(day)} aria-current={day === today ? 'date' : undefined}>
              {format.dayNumber(day)}
            </Link>
            {/* Phones: a count per day instead of bars (the day's view lists them). */}
            {count > 0 && (
              <Link to={dayHref(day)} className={styles.dayCount} aria-label={t('campaigns.calendar.countOn', { count, n: number(count), date: format.full(day) })}>
                {number(count)}
              </Link>
            )}
            {hidden > 0 && (
              <Link to={dayHref(day)} className={styles.more}>
                {t('campaigns.calendar.more', { count: hidden, n: number(hidden) })}
              </Link>
            )}
          </div>
        );
      })}
      {shown.map((p) => (
        <CalendarBar key={p.item.id} placed={p} />
      ))}
    </div>
  );
}

function CalendarBar({ placed }: { placed: Placed<CalendarCampaign> }) {
  const format = useCalendarFormat();
  const { item } = placed;
  const span = spanOf(item)!;
  const dates = format.range(span.start, span.end);
  const classes = [
    styles.bar,
    styles[statusTone(item.status)],
    placed.continuesBefore ? styles.continuesBefore : '',
    placed.continuesAfter ? styles.continuesAfter : '',
  ].join(' ');
  return (
    <Link
      to={campaignPaths.campaign.getHref(item.id)}
      className={classes}
      style={{ gridColumn: `${placed.from + 1} / ${placed.to + 2}`, gridRow: placed.lane + 2 }}
      title={`${item.name} (${dates})`}
      data-testid="calendar-item"
      data-id={item.id}
    >
      <span className={styles.barName}>{item.name}</span>
      <span className="visually-hidden">, {dates}</span>
    </Link>
  );
}

/** Days as lists: the day view, and the week view on phones. */
export function DayList({ campaigns, days, today, testId }: { campaigns: readonly CalendarCampaign[]; days: readonly string[]; today: string; testId: string }) {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const typeLabel = useCampaignTypeLabel();
  return (
    <div className={styles.dayList} data-testid={testId}>
      {days.map((day) => {
        const items = itemsOn(campaigns, spanOf, day);
        return (
          <section key={day} className={styles.daySection} data-testid="calendar-day" data-date={day} aria-label={format.full(day)}>
            {days.length > 1 && (
              <h2 className={day === today ? `${styles.dayHeading} ${styles.todayHeading}` : styles.dayHeading}>{format.full(day)}</h2>
            )}
            {items.length === 0 ? (
              <p className={styles.none}>{t('campaigns.calendar.none')}</p>
            ) : (
              <ul className={styles.list}>
                {items.map((item) => {
                  const span = spanOf(item)!;
                  const type = typeLabel(item.type);
                  return (
                    <li key={item.id} className={`${styles.listItem} ${styles[statusTone(item.status)]}`}>
                      <Link to={campaignPaths.campaign.getHref(item.id)} className={styles.listName} data-testid="calendar-item" data-id={item.id}>
                        {item.name}
                      </Link>
                      <span className={styles.listMeta}>
                        <span>{format.range(span.start, span.end)}</span>
                        {type && <span>{type}</span>}
                        <CampaignStatusPill status={item.status} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
