import { useState } from 'react';

import { NO_ERRORS, type SaveErrors } from '../utils/form-errors';
import type { LeadFormField, LeadFormValues } from '../utils/lead-form-values';

/** The form's values and errors, kept above any conditional rendering so input survives re-renders. */
export function useLeadForm(initial: () => LeadFormValues) {
  const [values, setValues] = useState<LeadFormValues>(initial);
  const [errors, setErrors] = useState<SaveErrors>(NO_ERRORS);
  return {
    values,
    errors,
    setErrors,
    reset: (next: LeadFormValues) => {
      setValues(next);
      setErrors(NO_ERRORS);
    },
    change: (field: LeadFormField, value: string) => {
      setValues((v) => ({ ...v, [field]: value }));
      // The refusal goes with the change; the server judges the field again on save.
      setErrors((e) => {
        if (!(field in e.byField)) return e;
        const byField = { ...e.byField };
        delete byField[field];
        return { ...e, byField };
      });
    },
  };
}
