import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid, formFieldStyles as f } from '@/components/ui/form-field/form-field';
import { AccountContactsDocument, AccountCreateContactDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

import { SECTION_ROWS } from '../config';

const FIELDS = ['firstName', 'lastName', 'title', 'email', 'phone', 'mobilePhone'] as const;
type Field = (typeof FIELDS)[number];

/** A contact created on this account (inline errors from the server's extensions.field). */
export function NewContactDialog({ accountId, accountName, onClose }: { accountId: string; accountName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ firstName: '', lastName: '', title: '', email: '', phone: '', mobilePhone: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(AccountCreateContactDocument, {
    refetchQueries: [{ query: AccountContactsDocument, variables: { id: accountId, first: SECTION_ROWS } }],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = Object.fromEntries(FIELDS.map((k) => [k, values[k].trim() || null])) as Record<Field, string | null>;
    try {
      // lastName is required by the API: an empty one is sent so the server names the field.
      await create({ variables: { input: { ...input, lastName: input.lastName ?? '', accountId } } });
      onClose();
    } catch (error) {
      const list = fieldErrors(error);
      if (!list) return setFormError(t('accounts.form.networkError'));
      const next: Partial<Record<Field, string>> = {};
      const rest: string[] = [];
      for (const e of list) {
        // A blank required field: the form's own words rather than the validator's.
        if (e.field === 'lastName' && !input.lastName) next.lastName = t('accounts.form.required');
        else if (e.field && (FIELDS as readonly string[]).includes(e.field)) next[e.field as Field] = e.message;
        else rest.push(e.message);
      }
      setErrors(next);
      setFormError(rest.length ? rest.join(' ') : null);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('accounts.newContact.heading', { name: accountName })}
      sheetOnPhone
      data-testid="new-contact-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('accounts.form.cancel')}
          </Button>
          <Button type="submit" form="account-new-contact" disabled={loading} data-testid="new-contact-save">
            {loading ? t('accounts.form.saving') : t('accounts.form.save')}
          </Button>
        </>
      }
    >
      <form id="account-new-contact" onSubmit={(e) => void onSubmit(e)} noValidate>
        {formError && <Alert>{formError}</Alert>}
        <FormGrid>
          {FIELDS.map((field) => (
            <FormField
              key={field}
              label={t(`accounts.newContact.${field}`)}
              error={errors[field]}
              required={field === 'lastName'}
              data-testid={`contact-field-${field}`}
            >
              <input
                name={field}
                className={f.control}
                type={field === 'email' ? 'email' : field.toLowerCase().includes('phone') ? 'tel' : 'text'}
                value={values[field]}
                onChange={(event) => {
                  setValues((v) => ({ ...v, [field]: event.target.value }));
                  setErrors((e) => ({ ...e, [field]: undefined }));
                }}
              />
            </FormField>
          ))}
        </FormGrid>
      </form>
    </Dialog>
  );
}
