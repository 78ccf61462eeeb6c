import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The server's own message for a failed operation (e.g. "A campaign needs exactly one default
 * status: …"), or null when the failure was not a GraphQL error (network, server down).
 */
export function serverMessage(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter(Boolean);
    return messages.length ? messages.join(' ') : null;
  }
  return null;
}
