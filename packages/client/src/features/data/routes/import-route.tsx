import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { FormField, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import {
  DataImportPreviewDocument,
  DataImportRecordsDocument,
  type BulkMode,
  type BulkObjectApiName,
  type DataBulkResultFragment,
  type DataImportPreviewQuery,
  type ImportMatchBy,
} from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { BulkResults } from '../components/bulk-results';
import { ColumnMapping } from '../components/column-mapping';
import { ObjectChoice, RadioChoice } from '../components/object-choice';
import { EMAIL_MATCH } from '../config';
import styles from '../data.module.css';
import { readCsvFile } from '../utils/csv';

type Preview = DataImportPreviewQuery['importPreview'];

/** /data/import: object, CSV file, column mapping, match and mode, dry run or import, per-row results. */
export function ImportRoute() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [object, setObject] = useState<BulkObjectApiName>('Account');
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<string[]>([]);
  const [matchBy, setMatchBy] = useState<ImportMatchBy>('none');
  const [mode, setMode] = useState<BulkMode>('PER_ROW');
  const [loadingPreview, setLoadingPreview] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<DataBulkResultFragment | null>(null);
  const [run, runState] = useMutation(DataImportRecordsDocument);
  const request = useRef(0);

  const loadPreview = async (obj: BulkObjectApiName, csv: string) => {
    const mine = ++request.current;
    setLoadingPreview(true);
    setError(null);
    setResult(null);
    try {
      const { data } = await client.query({ query: DataImportPreviewDocument, variables: { objectApiName: obj, csv }, fetchPolicy: 'no-cache' });
      if (mine !== request.current || !data) return;
      setPreview(data.importPreview);
      setMapping(data.importPreview.mapping.map((m) => m.field ?? ''));
    } catch (e) {
      if (mine === request.current) {
        setPreview(null);
        setError(serverMessage(e) ?? t('data.network'));
      }
    } finally {
      if (mine === request.current) setLoadingPreview(false);
    }
  };

  const onFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    const csv = await readCsvFile(chosen);
    setFile({ name: chosen.name, csv });
    void loadPreview(object, csv);
  };

  const onObject = (o: BulkObjectApiName) => {
    setObject(o);
    if (matchBy === 'email' && !EMAIL_MATCH.has(o)) setMatchBy('none');
    if (file) void loadPreview(o, file.csv);
  };

  const start = async (dryRun: boolean) => {
    if (!file || !preview) return;
    setError(null);
    setResult(null);
    const columns = preview.headers.map((column, i) => ({ column, field: mapping[i] })).filter((m) => m.field);
    try {
      const { data } = await run({ variables: { input: { objectApiName: object, csv: file.csv, mapping: columns, matchBy, mode, dryRun } } });
      if (data) setResult(data.importRecords);
    } catch (e) {
      setError(serverMessage(e) ?? t('data.network'));
    }
  };

  const mapped = mapping.filter(Boolean).length;

  return (
    <div className={layout.page}>
      <title>{`${t('data.import.heading')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('data.import.heading')}</h1>
      </header>
      <p className={layout.lead}>{t('data.import.intro')}</p>
      <div className={styles.steps}>
        <section className={styles.step} aria-labelledby="import-file-heading">
          <h2 id="import-file-heading">{t('data.import.step1')}</h2>
          <ObjectChoice value={object} onChange={onObject} name="import-object" />
          <FormField label={t('data.import.file')} hint={t('data.import.fileHint')}>
            <input className={f.control} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="import-file" />
          </FormField>
          {loadingPreview && <Spinner label={t('data.import.reading')} showLabel />}
        </section>

        {error && <Alert><span data-testid="import-error">{error}</span></Alert>}

        {preview && file && (
          <section className={styles.step} aria-labelledby="import-mapping-heading" data-testid="import-preview" data-rows={preview.rowCount}>
            <h2 id="import-mapping-heading">{t('data.import.mappingHeading')}</h2>
            <p className={styles.muted} data-testid="import-row-count">{t('data.import.rowCount', { count: preview.rowCount, name: file.name, mapped })}</p>
            {preview.errors.length > 0 && (
              <Alert>
                {preview.errors.map((e) => (
                  <span key={`${e.row}-${e.message}`} style={{ display: 'block' }}>{t('data.import.malformed', { row: e.row, message: e.message })}</span>
                ))}
              </Alert>
            )}
            <ColumnMapping preview={preview} mapping={mapping} onChange={(i, field) => setMapping((m) => m.map((v, j) => (j === i ? field : v)))} />
          </section>
        )}

        {preview && file && (
          <section className={styles.step} aria-labelledby="import-run-heading">
            <h2 id="import-run-heading">{t('data.import.step3')}</h2>
            <RadioChoice
              legend={t('data.import.matchBy')}
              name="match"
              value={matchBy}
              onChange={setMatchBy}
              options={[
                { value: 'none', label: t('data.import.matchNone') },
                { value: 'externalId', label: t('data.import.matchExternalId') },
                { value: 'email', label: t('data.import.matchEmail'), disabled: !EMAIL_MATCH.has(object) },
              ]}
            />
            <RadioChoice
              legend={t('data.mode')}
              name="mode"
              value={mode}
              onChange={setMode}
              options={[
                { value: 'PER_ROW', label: t('data.modePerRow') },
                { value: 'ALL_OR_NOTHING', label: t('data.modeAll') },
              ]}
            />
            <div className={styles.buttons}>
              <Button variant="secondary" disabled={runState.loading || !mapped} onClick={() => void start(true)} data-testid="import-dry-run">{t('data.dryRun')}</Button>
              <Button disabled={runState.loading || !mapped} onClick={() => void start(false)} data-testid="import-run">
                {runState.loading ? t('data.running') : t('data.import.run', { count: preview.rowCount })}
              </Button>
            </div>
            {!mapped && <p className={styles.muted}>{t('data.import.mapSomething')}</p>}
          </section>
        )}

        {result && <BulkResults result={result} fileName={`${object.toLowerCase()}-import-errors.csv`} />}
      </div>
    </div>
  );
}
