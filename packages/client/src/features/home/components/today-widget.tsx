import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge/badge';
import { paths } from '@/config/paths';
import { HomeTodayDocument, type HomeTaskFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { todayRange } from '../utils/day-range';
import styles from './home.module.css';
import { Widget } from './widget';

function taskLink(task: HomeTaskFragment): { to: string; name: string } | null {
  if (task.contact) return { to: paths.contact.getHref(task.contact.id), name: task.contact.name };
  if (task.lead) return { to: paths.lead.getHref(task.lead.id), name: task.lead.name };
  if (task.account) return { to: paths.account.getHref(task.account.id), name: task.account.name };
  return null;
}

/** Today's events and my open tasks due today, then the latest overdue ones. */
export function TodayWidget({ ownerId }: { ownerId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { today, dayStart, dayEnd } = useMemo(() => todayRange(), []);
  const query = useQuery(
    HomeTodayDocument,
    ownerId ? { variables: { ownerId, today, dayStart, dayEnd }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const data = query.data;
  const time = new Intl.DateTimeFormat(format.locale, { timeStyle: 'short' });
  const nothingToday = data && data.dueToday.totalCount === 0 && data.events.totalCount === 0;

  const taskRow = (task: HomeTaskFragment, overdue: boolean) => {
    const link = taskLink(task);
    return (
      <li key={task.id} className={styles.row} data-testid={overdue ? 'home-overdue-task' : 'home-today-task'}>
        <span className={styles.rowMain}>
          <span className={styles.rowTitle}>{task.subject || t('home.today.noSubject')}</span>
          <span className={styles.rowMeta}>
            {link && <Link to={link.to}>{link.name}</Link>}
            {overdue && task.activityDate ? `${link ? ' · ' : ''}${format.date(task.activityDate)}` : ''}
          </span>
        </span>
        {overdue ? <Badge tone="danger">{t('home.today.overdue')}</Badge> : <Badge tone="info">{t('home.today.task')}</Badge>}
      </li>
    );
  };

  return (
    <Widget title={t('home.today.title')} loading={!data && query.loading} error={!data && query.error} onRetry={() => void query.refetch()} data-testid="home-today">
      {nothingToday && <p className={styles.empty}>{t('home.today.empty')}</p>}
      {data && !nothingToday && (
        <ul className={styles.list}>
          {data.events.nodes.map((e) => (
            <li key={e.id} className={styles.row} data-testid="home-today-event">
              <span className={styles.rowMain}>
                <span className={styles.rowTitle}>{e.subject || t('home.today.noSubject')}</span>
                <span className={styles.rowMeta}>
                  {e.isAllDayEvent || !e.startDateTime ? t('home.today.allDay') : time.format(new Date(e.startDateTime))}
                  {e.location ? ` · ${e.location}` : ''}
                </span>
              </span>
              <Badge tone="accent">{t('home.today.event')}</Badge>
            </li>
          ))}
          {data.dueToday.nodes.map((task) => taskRow(task, false))}
        </ul>
      )}
      {data && data.overdue.totalCount > 0 && (
        <>
          <h3 className={styles.subheading}>{t('home.today.overdueHeading', { count: data.overdue.totalCount })}</h3>
          <ul className={styles.list}>{data.overdue.nodes.map((task) => taskRow(task, true))}</ul>
        </>
      )}
    </Widget>
  );
}
