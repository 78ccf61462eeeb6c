import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A GraphQL error of a failed operation: its message, code and the input it names (extensions.field). */
export interface FieldError {
  message: string;
  /** e.g. "name", "items.1.value", "role"; null when none is named. */
  field: string | null;
  code: string | null;
}

/** The server's errors, or null when the failure was not a GraphQL error (network, server down). */
export function fieldErrors(error: unknown): FieldError[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.map((e) => ({
    message: e.message,
    field: typeof e.extensions?.field === 'string' ? e.extensions.field : null,
    code: typeof e.extensions?.code === 'string' ? e.extensions.code : null,
  }));
}

/** The server's own messages joined (e.g. "A campaign needs exactly one default status: …"), or null for a network failure. */
export function serverMessage(error: unknown): string | null {
  const messages = fieldErrors(error)?.map((e) => e.message).filter(Boolean);
  return messages?.length ? messages.join(' ') : null;
}
