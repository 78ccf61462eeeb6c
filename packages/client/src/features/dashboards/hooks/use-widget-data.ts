import { useEffect, useRef, useState } from 'react';

import { fetchPersisted, type GraphQLErrorBody } from '@/lib/apollo/persisted-query';

export interface WidgetSource {
  id: string;
  document: string;
  documentHash: string;
}

export interface WidgetData {
  data: unknown;
  errors: GraphQLErrorBody[] | null;
  loading: boolean;
  /** When the data shown was fetched. */
  fetchedAt: Date | null;
}

/**
 * One component's data through its persisted query: the hash (and the document only if the
 * server asks for it), the component's variables, and `x-crm-dashboard` so the server runs it as
 * the dashboard's running user when the dashboard says so (and `x-crm-view-as`: a manager viewing
 * a MY_TEAM_USER dashboard as one of their reps). Refetches when the variables or
 * `refreshKey` (live changes) change; the last data stays on screen meanwhile.
 */
export function useWidgetData(dashboardId: string, source: WidgetSource, variables: Record<string, unknown>, refreshKey: number, viewAs: string | null = null): WidgetData {
  const [state, setState] = useState<WidgetData>({ data: null, errors: null, loading: true, fetchedAt: null });
  const varsKey = JSON.stringify(variables);
  const latest = useRef(0);
  useEffect(() => {
    const controller = new AbortController();
    const run = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    fetchPersisted<unknown>({
      sha256Hash: source.documentHash,
      document: source.document,
      variables: JSON.parse(varsKey) as Record<string, unknown>,
      headers: { 'x-crm-dashboard': dashboardId, ...(viewAs ? { 'x-crm-view-as': viewAs } : {}) },
      signal: controller.signal,
    })
      .then((body) => {
        if (run !== latest.current) return;
        setState({ data: body.data ?? null, errors: body.errors?.length ? body.errors : null, loading: false, fetchedAt: new Date() });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || run !== latest.current) return;
        setState((s) => ({ ...s, errors: [{ message: error instanceof Error ? error.message : String(error) }], loading: false }));
      });
    return () => controller.abort();
  }, [dashboardId, source.documentHash, source.document, varsKey, refreshKey, viewAs]);
  return state;
}
