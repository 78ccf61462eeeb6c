import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { RecordRef } from '@/types/record-slots';

import { ActivityIcon } from './activity-icon';
import { LogCallSheet } from './log-call-sheet';
import { NewTaskSheet } from './new-task-sheet';
import styles from './record-quick-actions.module.css';

/** A maps search for the address, opened only when tapped (never embedded or prefetched). */
export function mapsHref(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}

/** Log a Call, New Task, Call and Directions: a row of buttons on desktop, a bar at the bottom of a phone. */
export function RecordQuickActions({ record }: { record: RecordRef }) {
  const { t } = useTranslation();
  const [sheet, setSheet] = useState<'call' | 'task' | null>(null);
  const [notice, setNotice] = useState('');
  const phone = record.phone?.trim();
  const address = record.address?.trim();

  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label={t('activities.quickActions.label')} data-testid="record-quick-actions">
        <button type="button" className={styles.action} onClick={() => setSheet('call')} data-testid="quick-log-call">
          <ActivityIcon name="logCall" className={styles.icon} />
          <span>{t('activities.quickActions.logCall')}</span>
        </button>
        <button type="button" className={styles.action} onClick={() => setSheet('task')} data-testid="quick-new-task">
          <ActivityIcon name="task" className={styles.icon} />
          <span>{t('activities.quickActions.newTask')}</span>
        </button>
        {phone && (
          <a className={styles.action} href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid="quick-call">
            <ActivityIcon name="phone" className={styles.icon} />
            <span>{t('activities.quickActions.call')}</span>
          </a>
        )}
        {address && (
          <a className={styles.action} href={mapsHref(address)} target="_blank" rel="noopener noreferrer" data-testid="quick-directions">
            <ActivityIcon name="map" className={styles.icon} />
            <span>{t('activities.quickActions.directions')}</span>
          </a>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      <LogCallSheet
        open={sheet === 'call'}
        onClose={() => setSheet(null)}
        record={record}
        onLogged={() => setNotice(t('activities.logCall.logged'))}
      />
      <NewTaskSheet open={sheet === 'task'} onClose={() => setSheet(null)} record={record} />
    </>
  );
}
