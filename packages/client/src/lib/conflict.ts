import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * A CONFLICT refusal of an update sent with `expectedVersion`: the record's current values
 * (extensions.current, by field name, `version` included), or null for any other failure.
 */
export function conflictCurrent(error: unknown): Record<string, unknown> | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    const current = e.extensions?.current;
    if (e.extensions?.code === 'CONFLICT' && current && typeof current === 'object') return current as Record<string, unknown>;
  }
  return null;
}
