import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import { UpdateUserAccessDocument, type UserRole } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

/** What a row of Setup > Users changes: the role select or the activate/deactivate button. */
export type AccessField = 'role' | 'isActive';

/** A refused or failed change; `code`/`message` are null when the server was not reached. */
export interface AccessFailure {
  code: string | null;
  message: string | null;
}

export interface RowUpdate {
  /** The change on its way (the row's controls wait for it). */
  pending: AccessField | null;
  /** The role being saved, shown by the select meanwhile. */
  pendingRole: UserRole | null;
  errors: Partial<Record<AccessField, AccessFailure>>;
}

const IDLE: RowUpdate = { pending: null, pendingRole: null, errors: {} };

/**
 * Saves a user's role or activation through updateUser, one change per row at a time, and keeps
 * each row's pending state and refusals. The answer updates the row in the normalised cache.
 */
export function useUserUpdates() {
  const [mutate] = useMutation(UpdateUserAccessDocument);
  const [rows, setRows] = useState<Record<string, RowUpdate>>({});

  const save = useCallback(
    async (id: string, input: { role: UserRole } | { isActive: boolean }): Promise<boolean> => {
      const setRow = (row: RowUpdate) => setRows((current) => ({ ...current, [id]: row }));
      const field: AccessField = 'role' in input ? 'role' : 'isActive';
      setRow({ pending: field, pendingRole: 'role' in input ? input.role : null, errors: {} });
      try {
        await mutate({ variables: { id, input } });
        setRow(IDLE);
        return true;
      } catch (error) {
        const first = fieldErrors(error)?.[0];
        // Shown next to the control the server names (it names the one that changed).
        const at: AccessField = first?.field === 'role' || first?.field === 'isActive' ? first.field : field;
        setRow({ ...IDLE, errors: { [at]: { code: first?.code ?? null, message: first?.message ?? null } } });
        return false;
      }
    },
    [mutate],
  );

  return { stateOf: (id: string): RowUpdate => rows[id] ?? IDLE, save };
}
