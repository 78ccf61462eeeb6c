import { useEffect, useRef, useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, formFieldStyles } from '@/components/ui/form-field/form-field';
import { Spinner } from '@/components/ui/spinner/spinner';
import { useFormatters } from '@/lib/format';

import { useQuotaEditor, type QuotaTarget } from '../hooks/use-quota-editor';
import { useForecastsT } from '../i18n';
import { periodLabel } from '../utils/grid-rows';
import { initialDrafts, MAX_QUOTA, parseQuota, planQuotaChanges, quotaKey } from '../utils/quota-plan';
import styles from './forecasts.module.css';

export interface QuotaDialogTarget extends QuotaTarget {
  period: string;
  typeLabel: string;
  isAmount: boolean;
}

/**
 * The monthly quotas of one grid cell: per month, the row user's quota (territory rows: each of the
 * territory's users), in the forecasting type's measure and product family. An empty field removes
 * the month's quota; saving writes every change in one request and shows the server's refusals inline.
 */
export function QuotaDialog({ target, onClose }: { target: QuotaDialogTarget; onClose: () => void }) {
  const t = useForecastsT();
  const f = useFormatters();
  const editor = useQuotaEditor(target);
  const [drafts, setDrafts] = useState<Record<string, string> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fmt = (v: number) => (target.isAmount ? f.currency(v) : f.number(v));
  const ownerIds = editor.owners.map((o) => o.id);
  const ready = !editor.loading && !editor.error && !!editor.me;

  // The saved values once loaded; after a failed save the user's drafts stay as typed.
  useEffect(() => {
    if (ready && drafts === null) setDrafts(initialDrafts(ownerIds, target.months, editor.saved, target.isAmount));
  }, [ready, drafts, ownerIds, target.months, editor.saved, target.isAmount]);
  // The native dialog focuses its first control (the close button): start at the first quota instead.
  const loaded = drafts !== null;
  useEffect(() => {
    if (!loaded) return;
    const id = requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus());
    return () => cancelAnimationFrame(id);
  }, [loaded]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!drafts) return;
    const editable = editor.owners.filter((o) => !o.lock).map((o) => o.id);
    const plan = planQuotaChanges({
      ownerIds: editable, months: target.months, saved: editor.saved, drafts, isAmount: target.isAmount,
      territoryId: target.territory ? target.rowId : null, productFamily: target.productFamily,
    });
    if (plan.invalid.length) {
      setErrors(Object.fromEntries(plan.invalid.map((k) => [k, t('quotaInvalid', { max: f.number(MAX_QUOTA) })])));
      setMessage(null);
      return;
    }
    const result = await editor.save(plan.changes);
    if (result.ok) return onClose();
    setErrors(result.errors);
    setMessage(result.message ?? (Object.keys(result.errors).length ? null : t('quotaSaveFailed')));
  };

  const sum = (keys: string[]) => keys.reduce((a, k) => a + (parseQuota(drafts?.[k] ?? '') ?? 0), 0);
  const lockHint = (lock: string | null) => (lock === 'own' ? t('quotaOwnLocked') : lock === 'notBelow' ? t('quotaNotBelow') : undefined);

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('quotaTitle')}
      data-testid="forecast-quota-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form="forecast-quota-form" disabled={!drafts || !editor.owners.some((o) => !o.lock) || editor.saving} data-testid="forecast-quota-save">
            {editor.saving ? t('quotaSaving') : t('quotaSave')}
          </Button>
        </>
      }
    >
      <form id="forecast-quota-form" ref={formRef} onSubmit={submit} noValidate aria-busy={editor.saving}>
        <p className={styles.quotaIntro}>
          <strong>{target.rowName}</strong> · {target.period}
          <br />
          {target.typeLabel} · {t(target.isAmount ? 'quotaMeasureAmount' : 'quotaMeasureQuantity')}
          {target.productFamily && <> · {t('quotaFamily', { family: target.productFamily })}</>}
        </p>
        {editor.error && <Alert>{t('quotaLoadFailed')}</Alert>}
        {!editor.error && !drafts && <Spinner label={t('quotaTitle')} />}
        {message && <Alert>{message}</Alert>}
        {drafts && target.territory && !editor.owners.length && <p>{t('quotaNoUsers')}</p>}
        {drafts &&
          editor.owners.length > 0 &&
          target.months.map((month) => {
            const label = periodLabel(month, true);
            const keys = ownerIds.map((o) => quotaKey(o, month));
            return (
              <fieldset key={month} className={styles.quotaMonth} data-testid={`forecast-quota-month-${month}`}>
                <legend>{label}</legend>
                {editor.owners.map((o) => {
                  const key = quotaKey(o.id, month);
                  return (
                    <FormField
                      key={key}
                      label={target.territory ? (o.role ? `${o.name} (${o.role})` : o.name) : t(target.isAmount ? 'quotaMeasureAmount' : 'quotaMeasureQuantity')}
                      error={errors[key]}
                      hint={lockHint(o.lock)}
                    >
                      <input
                        className={formFieldStyles.control}
                        type="number"
                        inputMode="decimal"
                        min={0}
                        step="any"
                        placeholder={t('quotaNone')}
                        value={drafts[key] ?? ''}
                        disabled={!!o.lock || editor.saving}
                        onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
                        data-testid={`forecast-quota-input-${o.id}-${month}`}
                      />
                    </FormField>
                  );
                })}
                {editor.owners.length > 1 && <p className={styles.quotaTotal}>{t('quotaMonthTotal', { amount: fmt(sum(keys)) })}</p>}
              </fieldset>
            );
          })}
        {drafts && editor.owners.length > 0 && target.months.length > 1 && (
          <p className={styles.quotaTotal} data-testid="forecast-quota-period-total">
            {t('quotaPeriodTotal', { amount: fmt(sum(target.months.flatMap((m) => ownerIds.map((o) => quotaKey(o, m))))) })}
          </p>
        )}
        {drafts && <p className={styles.hint}>{t('quotaHint')}</p>}
      </form>
    </Dialog>
  );
}
