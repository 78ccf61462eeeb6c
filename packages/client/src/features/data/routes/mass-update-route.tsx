import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import layout from '@/components/ui/layout/layout.module.css';
import { CurrentUserDocument, type BulkMode, type BulkObjectApiName, type DataBulkResultFragment } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

import { BulkResults } from '../components/bulk-results';
import { ObjectChoice, RadioChoice } from '../components/object-choice';
import { EXTRA_FILTER, MASS_UPDATE_FIELDS } from '../config';
import styles from '../data.module.css';
import { useMassUpdate, type MassUpdateRequest } from '../hooks/use-mass-update';
import { parseIds, readCsvFile } from '../utils/csv';

type Source = 'filter' | 'ids' | 'csv';
interface ValueRow { key: number; field: string; value: string }

let seq = 0;
const newValue = (): ValueRow => ({ key: ++seq, field: '', value: '' });

/** /data/mass-update: rows by filter, pasted ids or a CSV; fields to set; mode; per-row results. */
export function MassUpdateRoute() {
  const { t } = useTranslation();
  const me = useQuery(CurrentUserDocument).data?.me ?? null;
  const [object, setObject] = useState<BulkObjectApiName>('Opportunity');
  const [source, setSource] = useState<Source>('filter');
  const [name, setName] = useState('');
  const [extra, setExtra] = useState('');
  const [mine, setMine] = useState(true);
  const [ids, setIds] = useState('');
  const [csv, setCsv] = useState('');
  const [values, setValues] = useState<ValueRow[]>([newValue()]);
  const [mode, setMode] = useState<BulkMode>('PER_ROW');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [result, setResult] = useState<DataBulkResultFragment | null>(null);
  const mass = useMassUpdate();
  const extraField = EXTRA_FILTER[object];

  const filter = () => {
    const parts: Record<string, unknown>[] = [];
    if (name.trim()) parts.push({ name: { contains: name.trim() } });
    if (extra.trim()) parts.push({ [extraField]: { eq: extra.trim() } });
    if (mine && me) parts.push({ ownerId: { eq: me.id } });
    return parts.length ? { _and: parts } : {};
  };

  const start = async (dryRun: boolean) => {
    setErrors({});
    setGeneral(null);
    setResult(null);
    const set = values.filter((v) => v.field).map((v) => ({ field: v.field, value: v.value }));
    const input: MassUpdateRequest = { values: set, mode, dryRun };
    if (source === 'filter') input.filter = filter();
    else if (source === 'ids') input.ids = parseIds(ids);
    else input.csv = csv;
    try {
      setResult(await mass.run(object, input));
    } catch (e) {
      const list = fieldErrors(e);
      if (!list) return setGeneral(t('data.network'));
      const byField: Record<string, string> = {};
      const rest: string[] = [];
      for (const err of list) {
        const m = /^values\.(\d+)\.(field|value)$/.exec(err.field ?? '');
        // values.N names the Nth value given, i.e. the Nth row with a field chosen.
        if (m) byField[`${values.filter((v) => v.field)[Number(m[1])]?.key}-${m[2]}`] = err.message;
        else if (err.field === 'ids' || err.field === 'csv' || err.field === 'filter') byField[source] = err.message;
        else rest.push(err.message);
      }
      setErrors(byField);
      setGeneral(rest.length ? rest.join(' ') : null);
    }
  };

  const setValue = (key: number, patch: Partial<ValueRow>) => setValues((list) => list.map((v) => (v.key === key ? { ...v, ...patch } : v)));

  return (
    <div className={layout.page}>
      <title>{`${t('data.mass.heading')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('data.mass.heading')}</h1>
      </header>
      <p className={layout.lead}>{t('data.mass.intro')}</p>
      <div className={styles.steps}>
        <section className={styles.step} aria-labelledby="mass-rows-heading">
          <h2 id="mass-rows-heading">{t('data.mass.rows')}</h2>
          <ObjectChoice value={object} onChange={(o) => { setObject(o); setExtra(''); setValues([newValue()]); }} name="mass-object" />
          <RadioChoice
            legend={t('data.mass.source')}
            name="source"
            value={source}
            onChange={setSource}
            options={[
              { value: 'filter', label: t('data.mass.byFilter') },
              { value: 'ids', label: t('data.mass.byIds') },
              { value: 'csv', label: t('data.mass.byCsv') },
            ]}
          />
          {source === 'filter' && (
            <FormGrid>
              <FormField label={t('data.mass.nameContains')} error={errors.filter}>
                <input className={f.control} value={name} onChange={(e) => setName(e.target.value)} data-testid="mass-filter-name" />
              </FormField>
              <FormField label={t('data.mass.equals', { field: extraField })}>
                <input className={f.control} value={extra} onChange={(e) => setExtra(e.target.value)} data-testid="mass-filter-extra" />
              </FormField>
              <label className={styles.radio}>
                <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} data-testid="mass-filter-mine" />
                {t('data.mass.mineOnly')}
              </label>
            </FormGrid>
          )}
          {source === 'ids' && (
            <FormField label={t('data.mass.ids')} hint={t('data.mass.idsHint')} error={errors.ids}>
              <textarea className={f.control} rows={5} value={ids} onChange={(e) => setIds(e.target.value)} data-testid="mass-ids" />
            </FormField>
          )}
          {source === 'csv' && (
            <>
              <FormField label={t('data.mass.csvFile')}>
                <input className={f.control} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => { const file = e.target.files?.[0]; if (file) void readCsvFile(file).then(setCsv); }} />
              </FormField>
              <FormField label={t('data.mass.csv')} hint={t('data.mass.csvHint')} error={errors.csv}>
                <textarea className={`${f.control} ${styles.mono}`} rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} data-testid="mass-csv" />
              </FormField>
            </>
          )}
        </section>

        <section className={styles.step} aria-labelledby="mass-values-heading">
          <h2 id="mass-values-heading">{t('data.mass.values')}</h2>
          {source === 'csv' && <p className={styles.muted}>{t('data.mass.valuesCsv')}</p>}
          {values.map((v, i) => (
            <div key={v.key} className={styles.valueRow} data-testid="mass-value-row">
              <FormField label={t('data.mass.field', { n: i + 1 })} error={errors[`${v.key}-field`]}>
                <select className={f.control} value={v.field} onChange={(e) => setValue(v.key, { field: e.target.value })} data-testid="mass-value-field">
                  <option value="">{t('data.mass.chooseField')}</option>
                  {MASS_UPDATE_FIELDS[object].map((n) => <option key={n} value={n}>{n}</option>)}
                </select>
              </FormField>
              <FormField label={t('data.mass.value', { n: i + 1 })} error={errors[`${v.key}-value`]} hint={t('data.mass.blankClears')}>
                <input className={f.control} value={v.value} onChange={(e) => setValue(v.key, { value: e.target.value })} data-testid="mass-value-value" />
              </FormField>
              <Button variant="ghost" size="sm" aria-label={t('data.mass.remove', { n: i + 1 })} disabled={values.length === 1} onClick={() => setValues((list) => list.filter((x) => x.key !== v.key))}>×</Button>
            </div>
          ))}
          <div>
            <Button variant="secondary" size="sm" onClick={() => setValues((list) => [...list, newValue()])}>{t('data.mass.addValue')}</Button>
          </div>
        </section>

        <section className={styles.step} aria-labelledby="mass-run-heading">
          <h2 id="mass-run-heading">{t('data.mass.run')}</h2>
          <RadioChoice legend={t('data.mode')} name="mode" value={mode} onChange={setMode} options={[{ value: 'PER_ROW', label: t('data.modePerRow') }, { value: 'ALL_OR_NOTHING', label: t('data.modeAll') }]} />
          <div className={styles.buttons}>
            <Button variant="secondary" disabled={mass.loading} onClick={() => void start(true)} data-testid="mass-dry-run">{t('data.dryRun')}</Button>
            <Button disabled={mass.loading} onClick={() => void start(false)} data-testid="mass-run">{mass.loading ? t('data.running') : t('data.mass.runButton')}</Button>
          </div>
          {general && <p className={styles.error} role="alert" data-testid="mass-error">{general}</p>}
        </section>

        {result && <BulkResults result={result} fileName={`${object.toLowerCase()}-mass-update-errors.csv`} />}
      </div>
    </div>
  );
}
