import { useTranslation } from 'react-i18next';

import { FormField, FormGrid, formFieldStyles } from '@/components/ui/form-field/form-field';

import { RATINGS } from '../config';
import { useLeadsViewer } from '../hooks/use-leads-viewer';
import type { LeadFormField, LeadFormValues } from '../utils/lead-form-values';
import { usePicklistLabels } from '../utils/picklist-labels';

export interface LeadFormFieldsProps {
  values: LeadFormValues;
  errors: Record<string, string>;
  onChange: (field: LeadFormField, value: string) => void;
  /** Statuses a lead may be given here (the converted ones only through conversion). */
  statuses: readonly { apiName: string }[];
}

const TYPES: Partial<Record<LeadFormField, string>> = { email: 'email', phone: 'tel', mobilePhone: 'tel' };
const AUTOCOMPLETE: Partial<Record<LeadFormField, string>> = {
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  title: 'organization-title',
  email: 'email',
  phone: 'tel',
  mobilePhone: 'tel',
  street: 'street-address',
  city: 'address-level2',
  state: 'address-level1',
  postalCode: 'postal-code',
  country: 'country-name',
};

/** The lead's inputs (create and edit), each with the server's error beside it. */
export function LeadFormFields({ values, errors, onChange, statuses }: LeadFormFieldsProps) {
  const { leadSources } = useLeadsViewer();
  const { t } = useTranslation();
  const labels = usePicklistLabels();
  const control = formFieldStyles.control;

  const text = (field: LeadFormField, required = false) => (
    <FormField label={t(`leads.fields.${field}`)} error={errors[field]} required={required} data-testid={`field-${field}`}>
      <input
        className={control}
        name={field}
        type={TYPES[field] ?? 'text'}
        autoComplete={AUTOCOMPLETE[field]}
        value={values[field]}
        onChange={(e) => onChange(field, e.target.value)}
      />
    </FormField>
  );
  const pick = (field: LeadFormField, options: readonly string[], label: (v: string) => string, blank: boolean) => (
    <FormField label={t(`leads.fields.${field}`)} error={errors[field]} data-testid={`field-${field}`}>
      <select className={control} name={field} value={values[field]} onChange={(e) => onChange(field, e.target.value)}>
        {blank && <option value="">{t('leads.form.none')}</option>}
        {/* A value outside the list (e.g. imported) stays selectable. */}
        {values[field] && !options.includes(values[field]) && <option value={values[field]}>{values[field]}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </FormField>
  );

  return (
    <>
      <FormGrid>
        {text('firstName')}
        {text('lastName', true)}
        {text('company', true)}
        {text('title')}
        {text('email')}
        {text('phone')}
        {text('mobilePhone')}
        {pick('status', statuses.map((s) => s.apiName), labels.status, false)}
        {pick('leadSource', leadSources, labels.source, true)}
        {pick('rating', RATINGS, labels.rating, true)}
        {text('industry')}
      </FormGrid>
      <FormGrid>
        {text('street')}
        {text('city')}
        {text('state')}
        {text('postalCode')}
        {text('country')}
      </FormGrid>
      <FormGrid>
        <FormField label={t('leads.fields.description')} error={errors.description} wide data-testid="field-description">
          <textarea className={control} name="description" value={values.description} onChange={(e) => onChange('description', e.target.value)} />
        </FormField>
      </FormGrid>
    </>
  );
}
