import type { HTMLAttributes } from 'react';

import styles from './badge.module.css';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'info' | 'danger' | 'accent';

/** A small rounded status label (model state, campaign status, user activation). */
export function Badge({ tone, className, ...rest }: HTMLAttributes<HTMLSpanElement> & { tone: BadgeTone }) {
  return <span className={[styles.badge, styles[tone], className].filter(Boolean).join(' ')} {...rest} />;
}
