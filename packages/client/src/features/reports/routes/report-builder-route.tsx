import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { CHART_KINDS, type ChartKind } from '@/components/charts/chart-types';
import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import select from '@/components/ui/select/select.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { CreateReportDocument, SavedReportsDocument, UpdateReportDocument, type ReportDefinitionInput } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';
import { serverMessage } from '@/lib/server-error';

import { AggregateEditor } from '../components/aggregate-editor';
import { ColumnPicker } from '../components/column-picker';
import { FilterEditor } from '../components/filter-editor';
import { GroupingEditor } from '../components/grouping-editor';
import styles from '../components/report-builder.module.css';
import { ReportChart } from '../components/report-chart';
import { ReportResultView } from '../components/report-result';
import { SaveReportDialog, type SaveValues } from '../components/save-report-dialog';
import { useReportBuilder } from '../hooks/use-report-builder';
import { useReportsT } from '../i18n';
import { reportPaths } from '../paths';
import { aggregateKey } from '../utils/definition';

/** The report builder: /reports/new (?type=) or a saved report (/reports/:reportId), run when opened. */
export function ReportBuilderRoute() {
  const t = useReportsT();
  const f = useFormatters();
  const navigate = useNavigate();
  const { reportId } = useParams();
  const [params] = useSearchParams();
  const b = useReportBuilder(reportId, params.get('type'));
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [createReport] = useMutation(CreateReportDocument, { refetchQueries: [SavedReportsDocument] });
  const [updateReport] = useMutation(UpdateReportDocument);
  const state = b.state;
  // Row groups sort by their key, the record count, or one of the report's summaries.
  const fieldLabel = new Map(b.fields.map((x) => [x.name, x.label]));
  const sortOptions = [
    { value: 'COUNT', label: t('groupings.sortByCount') },
    ...(state?.aggregates ?? []).filter((a) => a.field).map((a) => ({ value: aggregateKey(a), label: `${t(`aggregateFunctions.${a.function}`)} ${fieldLabel.get(a.field!) ?? a.field}` })),
  ];

  const onSave = async (v: SaveValues) => {
    const definition = b.definition as ReportDefinitionInput;
    const base = { name: v.name.trim(), description: v.description.trim() || null, folderId: v.folderId, definition };
    if (b.report) {
      await updateReport({ variables: { id: b.report.id, input: { ...base, expectedVersion: b.report.version } } });
      b.markSaved();
    } else {
      const r = await createReport({ variables: { input: base } });
      const id = r.data?.createReport.id;
      if (id) void navigate(reportPaths.report.getHref(id), { replace: true });
    }
    setSaving(false);
    setNotice(t('save.saved', { name: base.name }));
  };

  const title = b.report?.name ?? t('builder.newTitle');
  return (
    <div className={layout.page}>
      <title>{title}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{title}</h1>
        {b.loading && <Spinner label={t('builder.loading')} />}
        <Link to={reportPaths.reports.getHref(b.report?.folderId)} className={layout.pageHeaderLink}>
          {t('list.all')}
        </Link>
      </header>
      {b.report && (
        <p className={layout.lead} data-testid="report-meta">
          {[b.report.folder?.name ?? t('save.private'), b.report.lastRunDate ? t('list.lastRun', { date: new Date(b.report.lastRunDate).toLocaleString(f.locale) }) : t('list.neverRun'), t('list.runs', { count: b.report.runCount })].join(' · ')}
        </p>
      )}
      {b.loadError && <Alert>{serverMessage(b.loadError) ?? String(b.loadError)}</Alert>}
      {notice && <Alert tone="info">{notice}</Alert>}
      {state && (
        <>
          {/* A saved report opens on its result; its definition folds away (long on a phone). */}
          <details className={styles.details} open={!reportId}>
            <summary data-testid="edit-definition">{t('builder.definition')}</summary>
          <div className={styles.builder} data-testid="report-builder">
            <fieldset className={styles.fieldset}>
              <legend>{t('builder.type')}</legend>
              <select className={select.select} value={state.reportType} onChange={(e) => b.changeType(e.target.value)} disabled={Boolean(b.report)} data-testid="report-type">
                {b.reportTypes.map((rt) => (
                  <option key={rt.name} value={rt.name}>
                    {rt.label}
                  </option>
                ))}
              </select>
              <label className={styles.inline}>
                {t('builder.chart')}
                <select className={select.select} value={state.chart ?? ''} onChange={(e) => b.setState({ ...state, chart: (e.target.value || null) as ChartKind | null })} data-testid="report-chart-type">
                  <option value="">{t('builder.noChart')}</option>
                  {CHART_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`chartTypes.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
            <ColumnPicker fields={b.fields} columns={state.columns} onChange={(columns) => b.setState({ ...state, columns })} />
            <FilterEditor fields={b.fields} filters={state.filters} onChange={(filters) => b.setState({ ...state, filters })} />
            <GroupingEditor
              legend={t('groupings.down')}
              max={2}
              fields={b.fields}
              groupings={state.groupingsDown}
              onChange={(groupingsDown) => b.setState({ ...state, groupingsDown })}
              testId="groupings-down"
              sortOptions={sortOptions}
              limit={{ value: state.groupLimit, onChange: (groupLimit) => b.setState({ ...state, groupLimit }) }}
            />
            <GroupingEditor legend={t('groupings.across')} max={1} fields={b.fields} groupings={state.groupingsAcross} onChange={(groupingsAcross) => b.setState({ ...state, groupingsAcross })} testId="groupings-across" />
            <AggregateEditor fields={b.fields} aggregates={state.aggregates} onChange={(aggregates) => b.setState({ ...state, aggregates })} />
          </div>
          </details>
          <div className={styles.actions}>
            <Button onClick={() => void b.run()} disabled={b.running} data-testid="run-report">
              {t('builder.run')}
            </Button>
            <Button variant="secondary" onClick={() => setSaving(true)} data-testid="save-report">
              {t('builder.save')}
            </Button>
            <Button variant="secondary" onClick={() => void b.exportCsv()} data-testid="export-report-csv">
              {t('builder.exportCsv')}
            </Button>
            {b.running && <Spinner label={t('builder.running')} showLabel />}
            {b.dirty && b.report && <span className={layout.hint}>{t('builder.unsaved')}</span>}
          </div>
        </>
      )}
      {b.runError !== null && <Alert>{serverMessage(b.runError) ?? String(b.runError)}</Alert>}
      {b.result && (
        <section className={layout.section} aria-label={t('result.caption')}>
          {state?.chart && b.result.groupsDown.length > 0 && <ReportChart type={state.chart} result={b.result} />}
          <ReportResultView result={b.result} />
        </section>
      )}
      <SaveReportDialog
        open={saving}
        initial={{ name: b.report?.name ?? '', description: b.report?.description ?? '', folderId: b.report?.folderId ?? null }}
        onClose={() => setSaving(false)}
        onSave={onSave}
      />
    </div>
  );
}
