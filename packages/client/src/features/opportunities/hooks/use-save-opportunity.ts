import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback } from 'react';

import { UpdateOpportunityDetailDocument, type UpdateOpportunityInput } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

export type SaveResult =
  | { kind: 'saved' }
  /** Someone saved the record since it was read: their values (extensions.current) when the server sends them. */
  | { kind: 'conflict'; current: Record<string, unknown> | null; message: string }
  | { kind: 'invalid'; errors: Record<string, string>; message: string | null }
  | { kind: 'failed'; message: string | null };

function conflictOf(error: unknown): { current: Record<string, unknown> | null; message: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors.find((x) => x.extensions?.code === 'CONFLICT');
  if (!e) return null;
  const current = e.extensions?.current;
  return { current: current && typeof current === 'object' ? (current as Record<string, unknown>) : null, message: e.message };
}

/** Saves opportunity fields with the version read (CONFLICT when someone saved in between). */
export function useSaveOpportunity(id: string, version: number | undefined) {
  const [mutate, { loading }] = useMutation(UpdateOpportunityDetailDocument);
  const save = useCallback(
    async (input: UpdateOpportunityInput): Promise<SaveResult> => {
      try {
        await mutate({ variables: { id, input: { ...input, expectedVersion: version } } });
        return { kind: 'saved' };
      } catch (error) {
        const conflict = conflictOf(error);
        if (conflict) return { kind: 'conflict', ...conflict };
        const errors = fieldErrors(error);
        const named = (errors ?? []).filter((e) => e.field);
        if (named.length > 0) {
          const unnamed = (errors ?? []).filter((e) => !e.field).map((e) => e.message);
          return {
            kind: 'invalid',
            errors: Object.fromEntries(named.map((e) => [e.field as string, e.message])),
            message: unnamed.length ? unnamed.join(' ') : null,
          };
        }
        return { kind: 'failed', message: serverMessage(error) };
      }
    },
    [id, mutate, version],
  );
  return { save, saving: loading };
}
