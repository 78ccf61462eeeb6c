import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import type { RecordRef } from '@/types/record-slots';

import { useActivityTimeline } from '../hooks/use-activity-timeline';
import { localToday } from '../utils/record-input';
import styles from './activity-timeline.module.css';
import { TimelineEntry } from './timeline-entry';
import type { TimelineItem } from '../utils/timeline-items';

/** A record's activities: upcoming & overdue (soonest first), then past activity (newest first). */
export function ActivityTimeline({ record }: { record: RecordRef }) {
  const { t } = useTranslation();
  const timeline = useActivityTimeline(record);
  const today = localToday();

  return (
    <section className={`${layout.section} ${styles.card}`} aria-labelledby="activity-timeline-heading" data-testid="activity-timeline">
      <header className={layout.sectionHeader}>
        <h2 id="activity-timeline-heading" className={layout.sectionHeading}>
          {t('activities.timeline.heading')}
        </h2>
        {timeline.loading && timeline.upcoming && <Spinner label={t('common.loading')} />}
      </header>
      {timeline.error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void timeline.refetch()}>
              {t('activities.retry')}
            </Button>
          }
        >
          {t('activities.timeline.error')}
        </Alert>
      )}
      {!timeline.upcoming && timeline.loading && (
        <div className={layout.placeholderCompact}>
          <Spinner label={t('common.loading')} showLabel />
        </div>
      )}
      {timeline.upcoming && timeline.past && (
        <>
          <Group
            title={t('activities.timeline.upcoming')}
            items={timeline.upcoming}
            total={timeline.upcomingTotal ?? 0}
            empty={t('activities.timeline.noUpcoming')}
            onMore={timeline.moreUpcoming}
            today={today}
            testId="timeline-upcoming"
          />
          <Group
            title={t('activities.timeline.past')}
            items={timeline.past}
            total={timeline.pastTotal ?? 0}
            empty={t('activities.timeline.noPast')}
            onMore={timeline.morePast}
            today={today}
            testId="timeline-past"
          />
        </>
      )}
    </section>
  );
}

interface GroupProps {
  title: string;
  items: TimelineItem[];
  total: number;
  empty: string;
  onMore: () => void;
  today: string;
  testId: string;
}

function Group({ title, items, total, empty, onMore, today, testId }: GroupProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.group} data-testid={testId}>
      <h3 className={styles.groupTitle}>
        {title} <span className={styles.count}>({total})</span>
      </h3>
      {items.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ol className={styles.list}>
          {items.map((item) => (
            <TimelineEntry key={item.id} item={item} today={today} />
          ))}
        </ol>
      )}
      {items.length < total && (
        <Button variant="secondary" className={styles.more} onClick={onMore} data-testid={`${testId}-more`}>
          {t('activities.timeline.showMore', { shown: items.length, total })}
        </Button>
      )}
    </div>
  );
}
