import { useId, useState } from 'react';

/** Errors by the input they concern (e.g. "name", "items.<key>.value", "form"); null: no message. */
export type Errors = Record<string, string | null>;

/** A form's per-input errors, with the ids and ARIA attributes that tie each to its input. */
export interface FormErrors {
  errors: Errors;
  setErrors: (errors: Errors) => void;
  /** The form's id for `suffix`, unique on the page. */
  id: (suffix: string) => string;
  /** An input's refusal goes once the input changes (the server judges it again on save). */
  clearError: (key: string) => void;
  errorOf: (key: string) => string | null | undefined;
  invalid: (key: string) => true | undefined;
  describedBy: (key: string, ...more: (string | undefined)[]) => string | undefined;
}

export function useFormErrors(): FormErrors {
  const prefix = useId();
  const [errors, setErrors] = useState<Errors>({});
  const id = (suffix: string) => `${prefix}-${suffix}`;
  return {
    errors,
    setErrors,
    id,
    clearError: (key) =>
      setErrors((current) => {
        if (!(key in current)) return current;
        const next = { ...current };
        delete next[key];
        return next;
      }),
    errorOf: (key) => (key in errors ? errors[key] : undefined),
    invalid: (key) => (key in errors ? true : undefined),
    describedBy: (key, ...more) => [key in errors ? id(`err-${key}`) : undefined, ...more].filter(Boolean).join(' ') || undefined,
  };
}
