import { useCallback, useState } from 'react';

import { useStageMove, type MissingField } from './use-stage-move';

export interface PathMoveState {
  stageName: string;
  saving: boolean;
  missing?: MissingField[];
  failed?: string | null;
}

/** A stage change from the path: saved at once, asking inline for the fields a rule needs. */
export function usePathMove(id: string) {
  const moveOnServer = useStageMove();
  const [state, setState] = useState<PathMoveState | null>(null);

  const run = useCallback(
    async (stageName: string, extra?: Record<string, string | number>) => {
      setState((s) => ({ stageName, saving: true, missing: s?.stageName === stageName ? s.missing : undefined }));
      const result = await moveOnServer(id, stageName, extra);
      if (result.kind === 'moved') setState(null);
      else if (result.kind === 'needs') setState({ stageName, saving: false, missing: result.missing });
      else setState({ stageName, saving: false, failed: result.message });
    },
    [id, moveOnServer],
  );

  return {
    state,
    move: (stageName: string) => void run(stageName),
    complete: (values: Record<string, string | number>) => state && void run(state.stageName, values),
    cancel: () => setState(null),
  };
}
