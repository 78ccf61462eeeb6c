import type { ReactNode } from 'react';

import { useInView } from '@/hooks/use-in-view';

import styles from './record-section.module.css';

export { styles as recordSectionStyles };

export interface RecordSectionProps {
  title: string;
  /** Total shown next to the title, when known. */
  count?: number | null;
  actions?: ReactNode;
  /** Rendered (and so queried) once the section comes near the viewport. */
  children: () => ReactNode;
  loadingLabel: string;
  'data-testid'?: string;
}

/** A section of a record page whose content loads lazily, with its own small query. */
export function RecordSection({ title, count, actions, children, loadingLabel, ...rest }: RecordSectionProps) {
  const { ref, seen } = useInView<HTMLElement>();
  return (
    <section ref={ref} className={styles.section} data-testid={rest['data-testid']} aria-label={title}>
      <header className={styles.header}>
        <h2 className={styles.heading}>
          {title}
          {count != null && <span className={styles.count}> ({count})</span>}
        </h2>
        {actions && <div className={styles.actions}>{actions}</div>}
      </header>
      <div className={styles.body}>{seen ? children() : <p className={styles.muted}>{loadingLabel}</p>}</div>
    </section>
  );
}
