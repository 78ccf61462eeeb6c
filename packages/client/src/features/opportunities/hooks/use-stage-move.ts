import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { MoveOpportunityDocument, type UpdateOpportunityInput } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

/** A field a validation rule asks for, with the server's message. */
export interface MissingField {
  field: string;
  message: string;
}

export type MoveResult =
  | { kind: 'moved' }
  | { kind: 'needs'; missing: MissingField[] }
  | { kind: 'failed'; message: string | null };

/** Fields the inline form may fill in (others are reported as a plain failure). */
export const FILLABLE_FIELDS = new Set(['competitor', 'lostReason', 'nextStep', 'amount', 'closeDate', 'description', 'type', 'leadSource', 'probability']);

/** Interprets a failed update: rule violations naming fillable fields, or a plain failure. */
export function classifyError(error: unknown): MoveResult {
  const errors = fieldErrors(error);
  const missing = (errors ?? [])
    .filter((e) => e.code === 'BAD_USER_INPUT' && e.field && FILLABLE_FIELDS.has(e.field))
    .map((e) => ({ field: e.field as string, message: e.message }));
  if (missing.length > 0 && missing.length === errors?.length) return { kind: 'needs', missing };
  return { kind: 'failed', message: serverMessage(error) };
}

/** Moves an opportunity to a stage (with the extra fields a rule asked for). */
export function useStageMove() {
  const [mutate] = useMutation(MoveOpportunityDocument);
  return useCallback(
    async (id: string, stageName: string, extra: Partial<UpdateOpportunityInput> = {}): Promise<MoveResult> => {
      try {
        await mutate({ variables: { id, input: { ...extra, stageName } } });
        return { kind: 'moved' };
      } catch (error) {
        return classifyError(error);
      }
    },
    [mutate],
  );
}
