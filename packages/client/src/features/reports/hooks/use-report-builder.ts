import { useApolloClient, useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';

import {
  ExportReportCsvDocument,
  ReportTypesDocument,
  RunReportDocument,
  RunSavedReportDocument,
  SavedReportDocument,
  type ReportDefinitionInput,
  type ReportResultFieldsFragment,
} from '@/gql/graphql';
import { downloadText } from '@/lib/download';

import { emptyState, fromDefinition, toDefinition, type BuilderState, type DefinitionInput, type FieldInfo } from '../utils/definition';

/**
 * The builder's state, the report types, and the actions: run (ad hoc, or the saved report
 * counted as a run while unchanged), export CSV. A saved report is run once when opened.
 */
export function useReportBuilder(reportId: string | undefined, initialType: string | null) {
  const client = useApolloClient();
  const types = useQuery(ReportTypesDocument);
  const saved = useQuery(SavedReportDocument, { variables: { id: reportId ?? '' }, skip: !reportId, fetchPolicy: 'cache-and-network' });
  const report = reportId ? saved.data?.report : undefined;
  const [state, setStateRaw] = useState<BuilderState | null>(null);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<ReportResultFieldsFragment | null>(null);
  const [runError, setRunError] = useState<unknown>(null);
  const [runAdhoc, adhoc] = useLazyQuery(RunReportDocument, { fetchPolicy: 'network-only' });
  const [runSavedMutation, savedRun] = useMutation(RunSavedReportDocument);

  const reportTypes = types.data?.reportTypes ?? [];
  const typeOf = useCallback((name: string) => reportTypes.find((t) => t.name === name), [reportTypes]);

  // Initial state: the saved definition, or a new report of the chosen type with its default columns.
  useEffect(() => {
    if (state) return;
    if (reportId) {
      if (report?.definition) setStateRaw(fromDefinition(report.definition as unknown as DefinitionInput));
    } else if (reportTypes.length) {
      const t = typeOf(initialType ?? '') ?? reportTypes[0];
      setStateRaw(emptyState(t.name, [...t.defaultColumns]));
    }
  }, [state, reportId, report, reportTypes, typeOf, initialType]);

  // Opening a saved report runs it (lastRunDate, runCount).
  const [autoRan, setAutoRan] = useState<string | null>(null);
  useEffect(() => {
    if (!reportId || autoRan === reportId || !report) return;
    setAutoRan(reportId);
    setRunError(null);
    runSavedMutation({ variables: { id: reportId } })
      .then((r) => {
        setResult(r.data?.runSavedReport ?? null);
        void saved.refetch(); // lastRunDate, runCount
      })
      .catch(setRunError);
  }, [reportId, report, autoRan, runSavedMutation, saved]);

  const setState = useCallback((next: BuilderState) => {
    setStateRaw(next);
    setDirty(true);
  }, []);

  const changeType = useCallback(
    (name: string) => {
      const t = typeOf(name);
      if (t) setState(emptyState(t.name, [...t.defaultColumns]));
      setResult(null);
    },
    [typeOf, setState],
  );

  const definition = useMemo(() => (state ? (toDefinition(state) as unknown as ReportDefinitionInput) : null), [state]);

  const run = useCallback(async () => {
    if (!definition) return;
    setRunError(null);
    try {
      if (reportId && !dirty) {
        const r = await runSavedMutation({ variables: { id: reportId } });
        setResult(r.data?.runSavedReport ?? null);
        void saved.refetch();
      } else {
        const r = await runAdhoc({ variables: { definition } });
        if (r.error) throw r.error;
        setResult(r.data?.runReport ?? null);
      }
    } catch (e) {
      setRunError(e);
    }
  }, [definition, reportId, dirty, runAdhoc, runSavedMutation, saved]);

  const exportCsv = useCallback(async () => {
    if (!definition) return;
    setRunError(null);
    try {
      const { data, error } = await client.query({
        query: ExportReportCsvDocument,
        variables: reportId && !dirty ? { reportId } : { definition },
        fetchPolicy: 'network-only',
      });
      if (error) throw error;
      if (data) downloadText(data.exportReportCsv.fileName, data.exportReportCsv.csv);
    } catch (e) {
      setRunError(e);
    }
  }, [client, definition, reportId, dirty]);

  const fields: FieldInfo[] = (state ? typeOf(state.reportType)?.fields : undefined) ?? [];

  return {
    reportTypes,
    fields,
    state,
    setState,
    changeType,
    dirty,
    markSaved: () => setDirty(false),
    definition,
    report,
    result,
    run,
    running: adhoc.loading || savedRun.loading,
    runError,
    exportCsv,
    loading: types.loading || (Boolean(reportId) && saved.loading && !report),
    loadError: types.error ?? saved.error,
  };
}
