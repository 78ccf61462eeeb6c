import type { ReactNode } from 'react';

import styles from './alert.module.css';

export interface AlertProps {
  tone?: 'error' | 'info';
  children: ReactNode;
  action?: ReactNode;
}

export function Alert({ tone = 'error', children, action }: AlertProps) {
  return (
    <div className={`${styles.alert} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>{children}</div>
      {action}
    </div>
  );
}
