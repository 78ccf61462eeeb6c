import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A GraphQL error of a failed mutation: its message, code and the input it names (extensions.field). */
export interface FieldError {
  message: string;
  /** e.g. "role", "isActive"; null when none is named. */
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
