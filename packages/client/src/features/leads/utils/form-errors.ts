import { fieldErrors } from '@/lib/server-error';

/** A failed save as the form shows it: messages by field, and what names no field of the form. */
export interface SaveErrors {
  byField: Record<string, string>;
  general: string | null;
}

export const NO_ERRORS: SaveErrors = { byField: {}, general: null };

/** Sorts the server's errors onto the form's fields (`fields`); the rest, or a network failure, is general. */
export function saveErrors(error: unknown, fields: readonly string[], networkMessage: string): SaveErrors {
  const list = fieldErrors(error);
  if (!list) return { byField: {}, general: networkMessage };
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of list) {
    if (e.field && fields.includes(e.field) && !byField[e.field]) byField[e.field] = e.message;
    else rest.push(e.message);
  }
  return { byField, general: rest.length ? rest.join(' ') : null };
}
