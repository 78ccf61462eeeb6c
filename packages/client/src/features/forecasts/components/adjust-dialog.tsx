import { useState, type FormEvent } from 'react';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField } from '@/components/ui/form-field/form-field';
import { useFormatters } from '@/lib/format';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { useAdjustForecast } from '../hooks/use-forecast-grid';
import { useForecastsT } from '../i18n';
import type { GridItem } from '../utils/grid-rows';

export interface AdjustTarget {
  title: string;
  forecastingTypeId: string;
  ownerId: string | null;
  territoryId: string | null;
  startDate: string;
  category: 'BEST_CASE_FORECAST' | 'COMMIT_FORECAST';
  item: GridItem;
  /** Owner adjustment (own row) or manager adjustment. */
  own: boolean;
  isAmount: boolean;
}

/** Amount + note; the server decides who may adjust and refuses with the field it names. */
export function AdjustDialog({ target, onClose }: { target: AdjustTarget; onClose: () => void }) {
  const t = useForecastsT();
  const f = useFormatters();
  const { adjust, remove, saving } = useAdjustForecast();
  const mine = target.own ? target.item.ownerAdjustment : target.item.adjustment;
  const [amount, setAmount] = useState(String(mine?.adjustedAmount ?? target.item.forecastAmount));
  const [note, setNote] = useState(mine?.adjustmentNote ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const fail = (e: unknown) => {
    const byField: Record<string, string> = {};
    for (const fe of fieldErrors(e) ?? []) if (fe.field) byField[fe.field] = fe.message;
    setErrors(byField);
    setMessage(Object.keys(byField).length ? null : serverMessage(e));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(amount);
    if (amount.trim() === '' || !Number.isFinite(value) || value < 0) return setErrors({ adjustedAmount: t('amount') });
    try {
      await adjust({
        variables: {
          input: {
            forecastingTypeId: target.forecastingTypeId, ownerId: target.ownerId, territoryId: target.territoryId, startDate: target.startDate,
            forecastingItemCategory: target.category, adjustedAmount: value, adjustmentNote: note.trim() || null, expectedVersion: mine?.version ?? null,
          },
        },
      });
      onClose();
    } catch (err) {
      fail(err);
    }
  };

  const removeMine = async () => {
    if (!mine) return;
    try {
      await remove({ variables: { id: mine.id } });
      onClose();
    } catch (err) {
      fail(err);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('adjustTitle')}
      data-testid="forecast-adjust-dialog"
      footer={
        <>
          {mine && (
            <Button variant="ghost" onClick={removeMine} disabled={saving} data-testid="forecast-adjust-remove">
              {t('remove')}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form="forecast-adjust-form" disabled={saving} data-testid="forecast-adjust-save">
            {t('save')}
          </Button>
        </>
      }
    >
      <form id="forecast-adjust-form" onSubmit={submit} noValidate>
        <p>{target.title}</p>
        <p>{t('unadjusted', { amount: target.isAmount ? f.currency(target.item.amountWithoutAdjustments) : f.number(target.item.amountWithoutAdjustments) })}</p>
        {message && <Alert>{message}</Alert>}
        <FormField label={t('amount')} error={errors.adjustedAmount ?? errors.forecastingItemCategory ?? errors.ownerId ?? errors.territoryId ?? errors.expectedVersion} required>
          <input type="number" inputMode="decimal" min={0} step="any" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="forecast-adjust-amount" />
        </FormField>
        <FormField label={t('note')} error={errors.adjustmentNote} hint={t('noteHint')}>
          <textarea maxLength={255} rows={3} value={note} onChange={(e) => setNote(e.target.value)} data-testid="forecast-adjust-note" />
        </FormField>
      </form>
    </Dialog>
  );
}
