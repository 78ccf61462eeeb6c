import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { ConflictNotice } from '@/components/ui/conflict-notice/conflict-notice';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { RecordCombobox } from '@/components/ui/record-combobox/record-combobox';
import { CreateAccountDocument, UpdateAccountDocument, type AccountDetailFieldsFragment } from '@/gql/graphql';
import { conflictCurrent } from '@/lib/conflict';
import { fieldErrors } from '@/lib/server-error';

import { useAccountParentOptions } from '../hooks/use-account-parent-options';
import {
  accountFormValues,
  changedFields,
  toAccountInput,
  ACCOUNT_TEXT_FIELDS,
  type AccountFormValues,
  type AccountTextField,
} from '../utils/account-form-values';
import { ACCOUNT_SOURCES, ACCOUNT_TYPES, INDUSTRIES, RATINGS, withValue } from '../utils/picklists';

export interface AccountFormDialogProps {
  /** The account to edit; null: a new account. */
  account: AccountDetailFieldsFragment | null;
  onClose: () => void;
  onSaved: (account: AccountDetailFieldsFragment) => void;
  /** Reads the account again (after a conflict). */
  onReload?: () => Promise<AccountDetailFieldsFragment | null | undefined>;
}

type Errors = Partial<Record<string, string>>;

/** Create or edit an account: a dialog on the desktop, a full-screen sheet on a phone. */
export function AccountFormDialog({ account, onClose, onSaved, onReload }: AccountFormDialogProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState(account);
  const [values, setValues] = useState<AccountFormValues>(() => accountFormValues(account));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [parentTerm, setParentTerm] = useState('');
  const parentOptions = useAccountParentOptions(parentTerm, account?.id);
  const [createAccount, created] = useMutation(CreateAccountDocument);
  const [updateAccount, updated] = useMutation(UpdateAccountDocument);
  const busy = created.loading || updated.loading;
  const person = Boolean(base?.isPersonAccount);

  const label = (field: AccountTextField | 'parentId') => t(`accounts.fields.${field}`);
  const setText = (field: AccountTextField, value: string) => {
    setValues((v) => ({ ...v, text: { ...v.text, [field]: value } }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const save = async (expectedVersion?: number) => {
    const { input, invalid } = toAccountInput(values);
    if (invalid.length) {
      setErrors(Object.fromEntries(invalid.map((field) => [field, t('accounts.form.notANumber')])));
      return;
    }
    if (person) delete input.name;
    else {
      delete input.firstName;
      delete input.lastName;
    }
    setFormError(null);
    try {
      if (base) {
        const changes = changedFields(input, toAccountInput(accountFormValues(base)).input);
        const result = await updateAccount({
          variables: { id: base.id, input: { ...changes, expectedVersion: expectedVersion ?? base.version } },
        });
        if (result.data) onSaved(result.data.updateAccount);
      } else {
        const result = await createAccount({ variables: { input } });
        if (result.data) onSaved(result.data.createAccount);
      }
    } catch (error) {
      const current = conflictCurrent(error);
      if (current) {
        setConflict(current);
        return;
      }
      const list = fieldErrors(error);
      if (!list) {
        setFormError(t('accounts.form.networkError'));
        return;
      }
      const next: Errors = {};
      const rest: string[] = [];
      for (const e of list) {
        const field = e.field === 'parentId' ? 'parentId' : e.field;
        const blankRequired = (field === 'name' || field === 'lastName') && !input[field];
        if (blankRequired) next[field] = t('accounts.form.required');
        else if (field && (ACCOUNT_TEXT_FIELDS as readonly string[]).concat('parentId').includes(field)) next[field] = e.message;
        else rest.push(e.message);
      }
      setErrors(next);
      setFormError(rest.length ? rest.join(' ') : null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const reload = async () => {
    const fresh = (await onReload?.()) ?? base;
    setBase(fresh);
    setValues(accountFormValues(fresh));
    setConflict(null);
    setErrors({});
  };

  const conflictChanges = conflict
    ? ACCOUNT_TEXT_FIELDS.filter((field) => String(conflict[field] ?? '') !== accountFormValues(base).text[field]).map((field) => ({
        field,
        label: label(field),
        current: conflict[field] == null || conflict[field] === '' ? t('common.empty') : String(conflict[field]),
      }))
    : [];

  const text = (field: AccountTextField, extra?: { required?: boolean; wide?: boolean; type?: string; inputMode?: 'numeric' | 'decimal' | 'tel' }) => (
    <FormField label={label(field)} error={errors[field]} required={extra?.required} wide={extra?.wide} data-testid={`field-${field}`}>
      <input
        name={field}
        className={f.control}
        type={extra?.type ?? 'text'}
        inputMode={extra?.inputMode}
        value={values.text[field]}
        onChange={(event) => setText(field, event.target.value)}
      />
    </FormField>
  );

  const select = (field: AccountTextField, list: readonly string[]) => (
    <FormField label={label(field)} error={errors[field]} data-testid={`field-${field}`}>
      <select name={field} className={f.control} value={values.text[field]} onChange={(event) => setText(field, event.target.value)}>
        <option value="">{t('accounts.form.none')}</option>
        {withValue(list, values.text[field]).map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </FormField>
  );

  const formId = 'account-form';
  return (
    <Dialog
      open
      onClose={onClose}
      title={base ? t('accounts.form.editTitle', { name: base.name }) : t('accounts.form.newTitle')}
      size="lg"
      sheetOnPhone
      data-testid="account-form-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('accounts.form.cancel')}
          </Button>
          <Button type="submit" form={formId} disabled={busy} data-testid="account-form-save">
            {busy ? t('accounts.form.saving') : t('accounts.form.save')}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate style={{ display: 'flex', flexDirection: 'column', gap: 'var(--space-4)' }}>
        {conflict && (
          <ConflictNotice
            title={t('accounts.form.conflict')}
            changes={conflictChanges}
            noChangesLabel={t('accounts.form.conflictNoFields')}
            reloadLabel={t('accounts.form.reload')}
            overwriteLabel={t('accounts.form.overwrite')}
            onReload={() => void reload()}
            onOverwrite={() => void save(Number(conflict.version))}
            busy={busy}
          />
        )}
        {formError && <Alert>{formError}</Alert>}
        <FormGrid>
          {person ? (
            <>
              {text('firstName')}
              {text('lastName', { required: true })}
            </>
          ) : (
            text('name', { required: true, wide: true })
          )}
          <FormField label={label('parentId')} error={errors.parentId} data-testid="field-parentId">
            <RecordCombobox
              className={f.control}
              value={values.parent}
              onChange={(parent) => {
                setValues((v) => ({ ...v, parent }));
                setErrors((e) => ({ ...e, parentId: undefined }));
              }}
              term={parentTerm}
              onTermChange={setParentTerm}
              options={parentOptions.options}
              loading={parentOptions.loading}
              placeholder={t('accounts.form.searchAccounts')}
              emptyLabel={t('accounts.form.noMatches')}
              clearLabel={t('accounts.form.clear')}
              data-testid="parent-picker"
            />
          </FormField>
          {select('type', ACCOUNT_TYPES)}
          {select('industry', INDUSTRIES)}
          {select('rating', RATINGS)}
          {select('accountSource', ACCOUNT_SOURCES)}
          {text('phone', { type: 'tel', inputMode: 'tel' })}
          {text('website', { type: 'url' })}
          {text('annualRevenue', { inputMode: 'decimal' })}
          {text('numberOfEmployees', { inputMode: 'numeric' })}
          {text('billingStreet', { wide: true })}
          {text('billingCity')}
          {text('billingState')}
          {text('billingPostalCode')}
          {text('billingCountry')}
          <FormField label={label('description')} error={errors.description} wide data-testid="field-description">
            <textarea
              name="description"
              className={f.control}
              value={values.text.description}
              onChange={(event) => setText('description', event.target.value)}
            />
          </FormField>
        </FormGrid>
      </form>
    </Dialog>
  );
}
