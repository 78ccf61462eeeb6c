import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { useMediaQuery } from '@/hooks/use-media-query';

import { DayList, MonthView, WeekView } from '../components/calendar-views';
import { useCalendarView } from '../hooks/use-calendar-view';
import { useCampaignCalendar } from '../hooks/use-campaign-calendar';
import { campaignPaths } from '../paths';
import { CALENDAR_MODES } from '../utils/calendar';
import { useCalendarFormat } from '../utils/calendar-format';
import styles from './campaign-calendar-route.module.css';

const PHONE_QUERY = '(max-width: 640px)';

/** /campaigns/calendar: campaigns by the days they run, a month, a week or a day at a time. */
export function CampaignCalendarRoute() {
  const { t } = useTranslation();
  const format = useCalendarFormat();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const view = useCalendarView();
  const activeId = useId();
  const [activeOnly, setActiveOnly] = useState(false);
  const { campaigns, stale, loading, error, refetch } = useCampaignCalendar(view.range.start, view.range.end, activeOnly);
  const title = format.title(view.mode, view.anchor, view.range.start);
  const viewProps = { campaigns: campaigns ?? [], range: view.range, today: view.today, dayHref: view.dayHref };

  return (
    <div className={layout.page} data-testid="campaign-calendar">
      <title>{`${t('campaigns.calendar.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('campaigns.calendar.heading')}</h1>
        <Link className={layout.pageHeaderLink} to={campaignPaths.tree.getHref()}>
          {t('campaigns.calendar.toTree')}
        </Link>
      </header>

      <div className={styles.toolbar}>
        <div className={styles.nav} role="group" aria-label={t('campaigns.calendar.navigation')}>
          <Button variant="secondary" size="sm" onClick={view.previous} data-testid="calendar-prev">
            <span aria-hidden="true">‹</span>
            <span className="visually-hidden">{t(`campaigns.calendar.previous.${view.mode}`)}</span>
          </Button>
          <Button variant="secondary" size="sm" onClick={view.goToday} data-testid="calendar-today">
            {t('campaigns.calendar.today')}
          </Button>
          <Button variant="secondary" size="sm" onClick={view.next} data-testid="calendar-next">
            <span aria-hidden="true">›</span>
            <span className="visually-hidden">{t(`campaigns.calendar.next.${view.mode}`)}</span>
          </Button>
        </div>
        <h2 className={styles.title} aria-live="polite" data-testid="calendar-title">
          {title}
        </h2>
        {loading && campaigns && <Spinner label={t('campaigns.updating')} />}
        <div className={styles.modes} role="group" aria-label={t('campaigns.calendar.viewLabel')}>
          {CALENDAR_MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              className={mode === view.mode ? `${styles.mode} ${styles.modeActive}` : styles.mode}
              aria-pressed={mode === view.mode}
              onClick={() => view.setMode(mode)}
              data-testid={`calendar-view-${mode}`}
            >
              {t(`campaigns.calendar.modes.${mode}`)}
            </button>
          ))}
        </div>
        <label className={styles.activeOnly} htmlFor={activeId}>
          <input id={activeId} type="checkbox" checked={activeOnly} onChange={(event) => setActiveOnly(event.target.checked)} />
          {t('campaigns.calendar.activeOnly')}
        </label>
      </div>

      {error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void refetch()}>
              {t('campaigns.retry')}
            </Button>
          }
        >
          <span data-testid="calendar-error">{t('campaigns.calendar.error')}</span>
        </Alert>
      )}

      {!campaigns && loading && <Spinner label={t('campaigns.calendar.loading')} showLabel />}

      {campaigns && (
        <div className={stale ? styles.stale : undefined} aria-busy={stale || undefined}>
          {view.mode === 'month' && <MonthView {...viewProps} anchor={view.anchor} />}
          {view.mode === 'week' &&
            (isPhone ? (
              <DayList campaigns={viewProps.campaigns} days={view.range.days} today={view.today} testId="calendar-week" />
            ) : (
              <WeekView {...viewProps} />
            ))}
          {view.mode === 'day' && (
            <DayList campaigns={viewProps.campaigns} days={view.range.days} today={view.today} testId="calendar-day-view" />
          )}
        </div>
      )}
    </div>
  );
}
