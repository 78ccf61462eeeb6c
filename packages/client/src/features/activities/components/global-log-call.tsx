import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActivityIcon } from './activity-icon';
import { LogCallSheet } from './log-call-sheet';
import styles from './global-log-call.module.css';

/** Log a Call without a record: the sheet asks for a contact, lead or account first. */
export function GlobalLogCall({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  return (
    <>
      <button type="button" className={[styles.button, className].filter(Boolean).join(' ')} onClick={() => setOpen(true)} data-testid="global-log-call">
        <ActivityIcon name="logCall" />
        <span>{t('activities.quickActions.logCall')}</span>
      </button>
      <span className={styles.notice} role="status" data-testid="global-log-call-notice">
        {notice}
      </span>
      <LogCallSheet
        open={open}
        onClose={() => setOpen(false)}
        record={null}
        onLogged={(record) => setNotice(t('activities.logCall.loggedOn', { name: record.name }))}
      />
    </>
  );
}
