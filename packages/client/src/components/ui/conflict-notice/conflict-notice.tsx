import { Button } from '@/components/ui/button/button';

import styles from './conflict-notice.module.css';

export interface ConflictNoticeProps {
  title: string;
  /** Fields someone else changed: label and the value saved now. */
  changes: readonly { field: string; label: string; current: string }[];
  noChangesLabel: string;
  reloadLabel: string;
  overwriteLabel: string;
  onReload: () => void;
  onOverwrite: () => void;
  busy?: boolean;
}

/** Optimistic concurrency lost: the current values, then reload (take theirs) or overwrite (keep mine). */
export function ConflictNotice(props: ConflictNoticeProps) {
  return (
    <div className={styles.notice} role="alert" data-testid="conflict-notice">
      <p className={styles.title}>{props.title}</p>
      {props.changes.length > 0 ? (
        <dl className={styles.list}>
          {props.changes.map((c) => (
            <div key={c.field} style={{ display: 'contents' }}>
              <dt>{c.label}</dt>
              <dd data-testid={`conflict-${c.field}`}>{c.current}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={styles.title}>{props.noChangesLabel}</p>
      )}
      <div className={styles.actions}>
        <Button variant="secondary" onClick={props.onReload} disabled={props.busy} data-testid="conflict-reload">
          {props.reloadLabel}
        </Button>
        <Button onClick={props.onOverwrite} disabled={props.busy} data-testid="conflict-overwrite">
          {props.overwriteLabel}
        </Button>
      </div>
    </div>
  );
}
