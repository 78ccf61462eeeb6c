import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { ConflictNotice } from '@/components/ui/conflict-notice/conflict-notice';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { RecordCombobox } from '@/components/ui/record-combobox/record-combobox';
import {
  ContactLeadSourcesDocument,
  CreateContactDocument,
  UpdateContactDocument,
  type ContactDetailFieldsFragment,
  type CreateContactInput,
} from '@/gql/graphql';
import { conflictCurrent } from '@/lib/conflict';
import { fieldErrors } from '@/lib/server-error';

import { SALUTATIONS } from '../config';
import { useAccountOptions } from '../hooks/use-account-options';
import {
  changedFields,
  contactFormValues,
  toContactInput,
  CONTACT_FLAGS,
  CONTACT_TEXT_FIELDS,
  type ContactFlag,
  type ContactFormValues,
  type ContactTextField,
} from '../utils/contact-form-values';

export interface ContactFormDialogProps {
  /** The contact to edit; null: a new contact. */
  contact: ContactDetailFieldsFragment | null;
  onClose: () => void;
  onSaved: (contact: ContactDetailFieldsFragment) => void;
  onReload?: () => Promise<ContactDetailFieldsFragment | null | undefined>;
}

const KNOWN = new Set<string>([...CONTACT_TEXT_FIELDS, ...CONTACT_FLAGS, 'accountId']);

/** Create or edit a contact: a dialog on the desktop, a full-screen sheet on a phone. */
export function ContactFormDialog({ contact, onClose, onSaved, onReload }: ContactFormDialogProps) {
  const { t } = useTranslation();
  const [base, setBase] = useState(contact);
  const [values, setValues] = useState<ContactFormValues>(() => contactFormValues(contact));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [accountTerm, setAccountTerm] = useState('');
  const accountOptions = useAccountOptions(accountTerm);
  // The org's active lead sources (the server refuses any other value).
  const leadSources = useQuery(ContactLeadSourcesDocument).data?.leadSources.map((s) => s.apiName) ?? [];
  const [createContact, created] = useMutation(CreateContactDocument);
  const [updateContact, updated] = useMutation(UpdateContactDocument);
  const busy = created.loading || updated.loading;
  const label = (field: ContactTextField | ContactFlag | 'accountId') => t(`contacts.fields.${field}`);

  const setText = (field: ContactTextField, value: string) => {
    setValues((v) => ({ ...v, text: { ...v.text, [field]: value } }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const save = async (expectedVersion?: number) => {
    setFormError(null);
    const input = toContactInput(values);
    try {
      if (base) {
        const changes = changedFields(input, toContactInput(contactFormValues(base)));
        const result = await updateContact({
          variables: { id: base.id, input: { ...changes, expectedVersion: expectedVersion ?? base.version } },
        });
        if (result.data) onSaved(result.data.updateContact);
      } else {
        const result = await createContact({ variables: { input: input as unknown as CreateContactInput } });
        if (result.data) onSaved(result.data.createContact);
      }
    } catch (error) {
      const current = conflictCurrent(error);
      if (current) return setConflict(current);
      const list = fieldErrors(error);
      if (!list) return setFormError(t('contacts.form.networkError'));
      const next: Partial<Record<string, string>> = {};
      const rest: string[] = [];
      for (const e of list) {
        // A blank required field: the form's own words rather than the validator's.
        if (e.field === 'lastName' && !input.lastName) next.lastName = t('contacts.form.required');
        else if (e.field && KNOWN.has(e.field)) next[e.field] = e.message;
        else rest.push(e.message);
      }
      setErrors(next);
      setFormError(rest.length ? rest.join(' ') : null);
    }
  };

  const reload = async () => {
    const fresh = (await onReload?.()) ?? base;
    setBase(fresh);
    setValues(contactFormValues(fresh));
    setConflict(null);
    setErrors({});
  };

  const baseText = contactFormValues(base).text;
  const conflictChanges = conflict
    ? CONTACT_TEXT_FIELDS.filter((field) => String(conflict[field] ?? '') !== baseText[field]).map((field) => ({
        field,
        label: label(field),
        current: conflict[field] == null || conflict[field] === '' ? t('common.empty') : String(conflict[field]),
      }))
    : [];

  const text = (field: ContactTextField, extra?: { required?: boolean; wide?: boolean; type?: string }) => (
    <FormField label={label(field)} error={errors[field]} required={extra?.required} wide={extra?.wide} data-testid={`field-${field}`}>
      <input
        name={field}
        className={f.control}
        type={extra?.type ?? 'text'}
        value={values.text[field]}
        onChange={(event) => setText(field, event.target.value)}
      />
    </FormField>
  );
  const select = (field: ContactTextField, list: readonly string[]) => (
    <FormField label={label(field)} error={errors[field]} data-testid={`field-${field}`}>
      <select name={field} className={f.control} value={values.text[field]} onChange={(event) => setText(field, event.target.value)}>
        <option value="">{t('contacts.form.none')}</option>
        {(values.text[field] && !list.includes(values.text[field]) ? [...list, values.text[field]] : list).map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </FormField>
  );

  return (
    <Dialog
      open
      onClose={onClose}
      title={base ? t('contacts.form.editTitle', { name: base.name }) : t('contacts.form.newTitle')}
      size="lg"
      sheetOnPhone
      data-testid="contact-form-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('contacts.form.cancel')}
          </Button>
          <Button type="submit" form="contact-form" disabled={busy} data-testid="contact-form-save">
            {busy ? t('contacts.form.saving') : t('contacts.form.save')}
          </Button>
        </>
      }
    >
      <form
        id="contact-form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save();
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 'var(--space-4)' }}
      >
        {conflict && (
          <ConflictNotice
            title={t('contacts.form.conflict')}
            changes={conflictChanges}
            noChangesLabel={t('contacts.form.conflictNoFields')}
            reloadLabel={t('contacts.form.reload')}
            overwriteLabel={t('contacts.form.overwrite')}
            onReload={() => void reload()}
            onOverwrite={() => void save(Number(conflict.version))}
            busy={busy}
          />
        )}
        {formError && <Alert>{formError}</Alert>}
        <FormGrid>
          {select('salutation', SALUTATIONS)}
          {text('firstName')}
          {text('lastName', { required: true })}
          <FormField label={label('accountId')} error={errors.accountId} data-testid="field-accountId">
            <RecordCombobox
              className={f.control}
              value={values.account}
              onChange={(account) => {
                setValues((v) => ({ ...v, account }));
                setErrors((e) => ({ ...e, accountId: undefined }));
              }}
              term={accountTerm}
              onTermChange={setAccountTerm}
              options={accountOptions.options}
              loading={accountOptions.loading}
              placeholder={t('contacts.form.searchAccounts')}
              emptyLabel={t('contacts.form.noMatches')}
              clearLabel={t('contacts.form.clear')}
              data-testid="account-picker"
            />
          </FormField>
          {text('title')}
          {text('department')}
          {text('email', { type: 'email' })}
          {text('phone', { type: 'tel' })}
          {text('mobilePhone', { type: 'tel' })}
          {select('leadSource', leadSources)}
          {text('birthdate', { type: 'date' })}
          {text('mailingStreet', { wide: true })}
          {text('mailingCity')}
          {text('mailingState')}
          {text('mailingPostalCode')}
          {text('mailingCountry')}
          {CONTACT_FLAGS.map((flag) => (
            <label key={flag} className={f.check}>
              <input
                type="checkbox"
                name={flag}
                checked={values.flags[flag]}
                onChange={(event) => setValues((v) => ({ ...v, flags: { ...v.flags, [flag]: event.target.checked } }))}
              />
              {label(flag)}
            </label>
          ))}
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
