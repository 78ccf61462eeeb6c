import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge/badge';
import { useFormatters } from '@/lib/format';

import type { TimelineItem } from '../utils/timeline-items';
import { ActivityIcon } from './activity-icon';
import styles from './activity-timeline.module.css';

export function TimelineEntry({ item, today }: { item: TimelineItem; today: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const overdue = item.isOpenTask && item.date !== null && item.date < today;
  const when = item.dateTime
    ? new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(item.dateTime))
    : item.date
      ? format.date(item.date)
      : t('activities.timeline.noDate');

  return (
    <li className={styles.item} data-testid="timeline-item" data-id={item.id} data-kind={item.kind}>
      <span className={`${styles.iconBox} ${styles[item.kind]}`}>
        <ActivityIcon name={item.kind} />
        <span className="visually-hidden">{t(`activities.kinds.${item.kind}`)}</span>
      </span>
      <div className={styles.body}>
        <div className={styles.titleRow}>
          <span className={styles.subject} data-testid="timeline-subject">
            {item.subject || t('activities.timeline.noSubject')}
          </span>
          {overdue && <Badge tone="danger">{t('activities.timeline.overdue')}</Badge>}
        </div>
        <div className={styles.meta}>
          <time dateTime={item.dateTime ?? item.date ?? undefined}>{when}</time>
          <span aria-hidden="true">·</span>
          <span>{item.ownerName}</span>
        </div>
        {item.detail && <p className={styles.detail}>{item.detail}</p>}
      </div>
    </li>
  );
}
