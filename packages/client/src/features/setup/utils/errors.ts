import { fieldErrors, serverMessage } from '@/lib/server-error';

/** The server's refusal as inline errors by input (extensions.field), plus what names no input. */
export interface FormErrors {
  byField: Record<string, string>;
  /** The message for the form as a whole (no field, an unknown field, or a network failure). */
  general: string | null;
  code: string | null;
}

export function formErrors(error: unknown, known: readonly string[], networkMessage: string): FormErrors {
  const list = fieldErrors(error);
  if (!list) return { byField: {}, general: networkMessage, code: null };
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const e of list) {
    const root = e.field?.split('.')[0] ?? null;
    if (root && known.includes(root) && !byField[root]) byField[root] = e.message;
    else rest.push(e.message);
  }
  return { byField, general: rest.length ? rest.join(' ') : null, code: list[0]?.code ?? null };
}

export const noErrors: FormErrors = { byField: {}, general: null, code: null };

export { serverMessage };
