import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, formFieldStyles } from '@/components/ui/form-field/form-field';
import { RecordCombobox, type ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { paths } from '@/config/paths';
import { HomeAccountPickerDocument, HomeCreateOpportunityDocument, HomePipelineStagesDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

import { todayRange } from '../utils/day-range';
import styles from './home.module.css';

const FIELDS = ['name', 'accountId', 'stageName', 'closeDate', 'amount'] as const;
type Field = (typeof FIELDS)[number];

function inAMonth(): string {
  const d = new Date();
  d.setMonth(d.getMonth() + 1);
  return todayRange(d).today;
}

/** New Opportunity: name, account, first open stage, close date in a month, amount; then its page. */
export function NewOpportunitySheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formId = useId();
  const [draft, setDraft] = useState({ name: '', stageName: '', closeDate: inAMonth(), amount: '' });
  const [account, setAccount] = useState<ComboOption | null>(null);
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const stages = useQuery(HomePipelineStagesDocument, open ? {} : skipToken);
  const openStages = (stages.data?.opportunityStages ?? []).filter((s) => !s.isClosed).sort((a, b) => a.sortOrder - b.sortOrder);
  const stageName = draft.stageName || openStages[0]?.apiName || '';
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), 250);
    return () => clearTimeout(timer);
  }, [term]);
  const accounts = useQuery(HomeAccountPickerDocument, debounced.length >= 2 ? { variables: { term: debounced } } : skipToken);
  const options = (accounts.data ?? accounts.previousData)?.accounts.nodes.map((a) => ({ id: a.id, label: a.name, detail: a.billingCity })) ?? [];
  const [create, { loading }] = useMutation(HomeCreateOpportunityDocument, { refetchQueries: ['HomeDeals'] });
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) return setErrors({ name: t('home.newOpportunity.nameRequired') });
    const amount = draft.amount.trim() ? Number(draft.amount) : null;
    if (amount !== null && (!Number.isFinite(amount) || amount < 0)) return setErrors({ amount: t('home.newOpportunity.amountInvalid') });
    setErrors({});
    setFailure(null);
    try {
      const result = await create({
        variables: { input: { name: draft.name.trim(), accountId: account?.id ?? null, stageName, closeDate: draft.closeDate, amount } },
      });
      const id = result.data?.createOpportunity.id;
      if (id) navigate(paths.opportunity.getHref(id));
    } catch (error) {
      const list = fieldErrors(error);
      if (!list) return setFailure(t('home.newOpportunity.network'));
      const byField: Partial<Record<Field, string>> = {};
      const general: string[] = [];
      for (const e of list) {
        if (e.field && (FIELDS as readonly string[]).includes(e.field)) byField[e.field as Field] = e.message;
        else general.push(e.message);
      }
      setErrors(byField);
      if (general.length) setFailure(t('home.newOpportunity.server', { message: general.join(' ') }));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('home.newOpportunity.title')}
      data-testid="new-opportunity-sheet"
      footer={
        <div className={styles.sheetFooter}>
          <Button variant="secondary" className={styles.sheetButton} onClick={onClose}>
            {t('home.newOpportunity.cancel')}
          </Button>
          <Button type="submit" form={formId} className={styles.sheetButton} disabled={loading || !stageName} data-testid="new-opportunity-save">
            {t('home.newOpportunity.save')}
          </Button>
        </div>
      }
    >
      <form id={formId} className={styles.sheetForm} onSubmit={onSubmit} noValidate>
        {failure && <Alert>{failure}</Alert>}
        <FormField label={t('home.newOpportunity.name')} error={errors.name} required>
          <input className={formFieldStyles.control} value={draft.name} onChange={(e) => set('name')(e.target.value)} maxLength={120} />
        </FormField>
        <FormField label={t('home.newOpportunity.account')} error={errors.accountId}>
          <RecordCombobox
            className={formFieldStyles.control}
            value={account}
            onChange={setAccount}
            term={term}
            onTermChange={setTerm}
            options={term.trim().length >= 2 ? options : []}
            loading={accounts.loading || term.trim() !== debounced}
            placeholder={t('home.newOpportunity.accountPlaceholder')}
            emptyLabel={t('home.newOpportunity.noMatch')}
            clearLabel={t('home.newOpportunity.change')}
          />
        </FormField>
        <FormField label={t('home.newOpportunity.stage')} error={errors.stageName} required>
          <select className={formFieldStyles.control} value={stageName} onChange={(e) => set('stageName')(e.target.value)}>
            {openStages.map((s) => (
              <option key={s.id} value={s.apiName}>
                {s.masterLabel}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('home.newOpportunity.closeDate')} error={errors.closeDate} required>
          <input type="date" className={formFieldStyles.control} value={draft.closeDate} onChange={(e) => set('closeDate')(e.target.value)} />
        </FormField>
        <FormField label={t('home.newOpportunity.amount')} error={errors.amount}>
          <input className={formFieldStyles.control} inputMode="decimal" value={draft.amount} onChange={(e) => set('amount')(e.target.value)} />
        </FormField>
      </form>
    </Dialog>
  );
}
