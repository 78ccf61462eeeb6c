import styles from './spinner.module.css';

export interface SpinnerProps {
  /** Text for assistive technology; also shown next to the spinner when `showLabel`. */
  label: string;
  showLabel?: boolean;
}

export function Spinner({ label, showLabel = false }: SpinnerProps) {
  return (
    <span className={styles.wrapper} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      <span className={showLabel ? undefined : 'visually-hidden'}>{label}</span>
    </span>
  );
}
