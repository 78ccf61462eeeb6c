import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import {
  ImportCampaignMembersDocument,
  type CampaignMemberImportOutcome,
  type CampaignMemberStatusFieldsFragment,
  type ImportCampaignMembersMutation,
} from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { useRefreshCampaign } from '../hooks/use-refresh-campaign';
import styles from './import-members-dialog.module.css';
import { MutationError } from './mutation-error';

/** The server's limit (importCampaignMembers): checked here first to spare the upload. */
const MAX_BYTES = 10 * 1024 * 1024;
/** Rows rendered at once; the summary counts all of them. */
const MAX_SHOWN_ROWS = 500;

const OUTCOMES: readonly CampaignMemberImportOutcome[] = ['ADDED', 'UPDATED', 'SKIPPED', 'ERROR'];

type ImportResult = ImportCampaignMembersMutation['importCampaignMembers'];

export interface ImportMembersDialogProps {
  open: boolean;
  onClose: () => void;
  campaignId: string;
  statuses: readonly CampaignMemberStatusFieldsFragment[];
}

export function ImportMembersDialog(props: ImportMembersDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('campaigns.import.title')} size="lg" data-testid="import-members-dialog">
      {props.open && <ImportForm {...props} />}
    </Dialog>
  );
}

function ImportForm({ onClose, campaignId, statuses }: ImportMembersDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const refresh = useRefreshCampaign(campaignId);
  const ids = { file: useId(), text: useId(), status: useId(), help: useId(), fileError: useId() };
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [defaultStatus, setDefaultStatus] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [importMembers, { loading, error }] = useMutation(ImportCampaignMembersDocument);

  const onFile = async (file: File | undefined) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileError(t('campaigns.import.tooLarge', { size: format.number(10) }));
      return;
    }
    try {
      setCsv(await file.text());
    } catch {
      setFileError(t('campaigns.import.unreadable'));
    }
  };

  const onImport = async () => {
    setResult(null);
    try {
      const { data } = await importMembers({
        variables: { input: { campaignId, csv, defaultStatus: defaultStatus || null } },
      });
      if (data) {
        setResult(data.importCampaignMembers);
        await refresh({ members: true, stats: true });
      }
    } catch {
      // shown by <MutationError>
    }
  };

  return (
    <div className={styles.form}>
      <p id={ids.help} className={styles.help}>
        {t('campaigns.import.help')}
      </p>
      <pre className={styles.example} aria-label={t('campaigns.import.exampleLabel')}>
        {'email,status\nana.kim@example.com,Responded\n…'}
      </pre>

      <div className={styles.field}>
        <label htmlFor={ids.file}>{t('campaigns.import.file')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(event) => void onFile(event.target.files?.[0])}
          aria-describedby={fileError ? ids.fileError : ids.help}
          data-testid="import-csv-file"
        />
        {fileError && (
          <p id={ids.fileError} className={styles.error} role="alert">
            {fileError}
          </p>
        )}
      </div>

      <div className={styles.field}>
        <label htmlFor={ids.text}>{t('campaigns.import.text')}</label>
        <textarea
          id={ids.text}
          rows={6}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          spellCheck={false}
          aria-describedby={ids.help}
          data-testid="import-csv-text"
        />
      </div>

      <div className={styles.field}>
        <label htmlFor={ids.status}>{t('campaigns.import.defaultStatus')}</label>
        <select id={ids.status} value={defaultStatus} onChange={(event) => setDefaultStatus(event.target.value)}>
          <option value="">{t('campaigns.import.campaignDefault')}</option>
          {statuses.map((s) => (
            <option key={s.id} value={s.label}>
              {s.label}
            </option>
          ))}
        </select>
      </div>

      <MutationError error={error} />

      <div className={styles.actions}>
        <Button variant="ghost" onClick={onClose} disabled={loading}>
          {result ? t('campaigns.import.done') : t('campaigns.cancel')}
        </Button>
        <Button onClick={() => void onImport()} disabled={loading || csv.trim() === ''} data-testid="import-submit">
          {loading ? t('campaigns.import.importing') : t('campaigns.import.submit')}
        </Button>
      </div>

      {result && <ImportResults result={result} />}
    </div>
  );
}

function ImportResults({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [only, setOnly] = useState<CampaignMemberImportOutcome | ''>('');
  const filterId = useId();
  const rows = only ? result.rows.filter((row) => row.outcome === only) : result.rows;
  const shown = rows.slice(0, MAX_SHOWN_ROWS);
  const empty = t('common.empty');

  const totals = [
    { key: 'total', value: result.total },
    { key: 'added', value: result.added },
    { key: 'updated', value: result.updated },
    { key: 'skipped', value: result.skipped },
    { key: 'errors', value: result.errors },
  ] as const;

  return (
    <section className={styles.results} aria-label={t('campaigns.import.resultsLabel')}>
      <dl className={styles.summary} role="status" data-testid="import-summary">
        {totals.map((total) => (
          <div key={total.key} className={styles[`total_${total.key}`]}>
            <dt>{t(`campaigns.import.totals.${total.key}`)}</dt>
            <dd data-testid={`import-total-${total.key}`}>{format.number(total.value)}</dd>
          </div>
        ))}
      </dl>

      <div className={styles.filter}>
        <label htmlFor={filterId}>{t('campaigns.import.show')}</label>
        <select id={filterId} value={only} onChange={(event) => setOnly(event.target.value as CampaignMemberImportOutcome | '')}>
          <option value="">{t('campaigns.import.allRows')}</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`campaigns.import.outcomes.${outcome}`)}
            </option>
          ))}
        </select>
      </div>

      <div className={styles.tableWrapper}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('campaigns.import.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.import.columns.row')}</th>
              <th scope="col">{t('campaigns.import.columns.email')}</th>
              <th scope="col">{t('campaigns.import.columns.record')}</th>
              <th scope="col">{t('campaigns.import.columns.outcome')}</th>
              <th scope="col">{t('campaigns.import.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.row} data-testid="import-row" data-outcome={row.outcome}>
                <td data-label={t('campaigns.import.columns.row')}>{format.number(row.row)}</td>
                <td data-label={t('campaigns.import.columns.email')} className={styles.wrap}>
                  {row.email ?? empty}
                </td>
                <td data-label={t('campaigns.import.columns.record')} className={styles.wrap}>
                  {row.type === 'Lead'
                    ? t('campaigns.members.lead')
                    : row.type === 'Contact'
                      ? t('campaigns.members.contact')
                      : (row.type ?? empty)}
                  {row.id && <span className={styles.id}>{row.id}</span>}
                </td>
                <td data-label={t('campaigns.import.columns.outcome')}>
                  <span className={`${styles.outcome} ${styles[`outcome_${row.outcome}`]}`}>
                    {t(`campaigns.import.outcomes.${row.outcome}`)}
                  </span>
                </td>
                <td data-label={t('campaigns.import.columns.message')} className={styles.wrap}>
                  {row.message ?? empty}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length && (
        <p className={styles.help}>
          {t('campaigns.import.truncated', { shown: format.number(shown.length), total: format.number(rows.length) })}
        </p>
      )}
    </section>
  );
}
