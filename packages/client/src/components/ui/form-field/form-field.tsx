import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';

import styles from './form-field.module.css';

export { styles as formFieldStyles };

export interface FormFieldProps {
  label: string;
  /** The server's (or the form's) refusal of this input; shown under it. */
  error?: string | null;
  hint?: ReactNode;
  required?: boolean;
  /** Spans the whole row of a FormGrid. */
  wide?: boolean;
  /** One input, select or textarea: it gets the id and ARIA attributes. */
  children: ReactElement<Record<string, unknown>>;
  'data-testid'?: string;
}

/** A labelled form control with its inline error (aria-invalid / aria-describedby wired). */
export function FormField({ label, error, hint, required, wide, children, ...rest }: FormFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })
    : children;
  return (
    <div className={`${styles.field} ${wide ? styles.wide : ''}`} data-testid={rest['data-testid']}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {required && <span className={styles.required} aria-hidden="true">*</span>}
      </label>
      {control}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error} role="alert" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Fields side by side on wide screens, one per row on a phone. */
export function FormGrid({ children }: { children: ReactNode }) {
  return <div className={styles.grid}>{children}</div>;
}
