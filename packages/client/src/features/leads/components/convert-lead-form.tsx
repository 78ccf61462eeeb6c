import { useTranslation } from 'react-i18next';

import { FormField, formFieldStyles } from '@/components/ui/form-field/form-field';
import { RecordCombobox } from '@/components/ui/record-combobox/record-combobox';

import { useConvertOptions } from '../hooks/use-convert-options';
import type { ConvertChoices } from '../utils/convert-state';
import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './convert-lead.module.css';

export interface ConvertLeadFormProps {
  lead: { name: string; company: string };
  choices: ConvertChoices;
  onChange: (patch: Partial<ConvertChoices>) => void;
  errors: Record<string, string>;
  convertedStatuses: readonly { apiName: string }[];
}

/** Account, contact, opportunity, then status and owner: each section with its own error. */
export function ConvertLeadForm({ lead, choices, onChange, errors, convertedStatuses }: ConvertLeadFormProps) {
  const { t } = useTranslation();
  const labels = usePicklistLabels();
  const accountId = choices.accountMode === 'existing' ? (choices.account?.id ?? null) : null;
  const options = useConvertOptions(choices.accountTerm, accountId, true);
  const control = formFieldStyles.control;

  return (
    <div className={styles.form}>
      <fieldset className={styles.section} data-testid="convert-account">
        <legend className={styles.legend}>{t('leads.convert.account')}</legend>
        <label className={styles.radio}>
          <input type="radio" name="accountMode" checked={choices.accountMode === 'new'} onChange={() => onChange({ accountMode: 'new', contactId: '', opportunityId: '', ...(choices.opportunityMode === 'existing' ? { opportunityMode: 'new' } : {}) })} />
          <span>
            {t('leads.convert.newAccount')} <strong>{lead.company}</strong>
          </span>
        </label>
        <label className={styles.radio}>
          <input
            type="radio"
            name="accountMode"
            checked={choices.accountMode === 'existing'}
            onChange={() => onChange({ accountMode: 'existing' })}
            data-testid="convert-existing-account"
          />
          <span>{t('leads.convert.existingAccount')}</span>
        </label>
        {choices.accountMode === 'existing' && (
          <FormField label={t('leads.convert.accountSearch')} error={errors.accountId} required>
            <RecordCombobox
              className={control}
              value={choices.account}
              onChange={(account) => onChange({ account, contactId: '', opportunityId: '' })}
              term={choices.accountTerm}
              onTermChange={(accountTerm) => onChange({ accountTerm })}
              options={options.accounts.map((a) => ({ id: a.id, label: a.name, detail: a.billingCity }))}
              loading={options.accountsLoading}
              placeholder={lead.company}
              emptyLabel={t('leads.convert.noAccounts')}
              clearLabel={t('leads.convert.clear')}
              data-testid="convert-account-search"
            />
          </FormField>
        )}
        {choices.accountMode === 'new' && errors.accountId && <p className={styles.error}>{errors.accountId}</p>}
      </fieldset>

      <fieldset className={styles.section} data-testid="convert-contact">
        <legend className={styles.legend}>{t('leads.convert.contact')}</legend>
        {accountId ? (
          <FormField label={t('leads.convert.contactChoice')} error={errors.contactId}>
            <select className={control} value={choices.contactId} onChange={(e) => onChange({ contactId: e.target.value })} data-testid="convert-contact-select">
              <option value="">{t('leads.convert.newContact', { name: lead.name })}</option>
              {options.contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.email ? `${c.name} · ${c.email}` : c.name}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <p className={styles.note}>
            {t('leads.convert.newContactNote')} <strong>{lead.name}</strong>
          </p>
        )}
      </fieldset>

      <fieldset className={styles.section} data-testid="convert-opportunity">
        <legend className={styles.legend}>{t('leads.convert.opportunity')}</legend>
        <label className={styles.radio}>
          <input type="radio" name="opportunityMode" checked={choices.opportunityMode === 'new'} onChange={() => onChange({ opportunityMode: 'new' })} data-testid="convert-new-opportunity" />
          <span>{t('leads.convert.newOpportunity')}</span>
        </label>
        {choices.opportunityMode === 'new' && (
          <FormField label={t('leads.convert.opportunityName')} error={errors.opportunityName ?? errors.doNotCreateOpportunity}>
            <input
              className={control}
              value={choices.opportunityName}
              onChange={(e) => onChange({ opportunityName: e.target.value })}
              data-testid="convert-opportunity-name"
            />
          </FormField>
        )}
        {accountId && (
          <label className={styles.radio}>
            <input
              type="radio"
              name="opportunityMode"
              checked={choices.opportunityMode === 'existing'}
              onChange={() => onChange({ opportunityMode: 'existing' })}
              data-testid="convert-existing-opportunity"
            />
            <span>{t('leads.convert.existingOpportunity')}</span>
          </label>
        )}
        {accountId && choices.opportunityMode === 'existing' && (
          <FormField label={t('leads.convert.opportunityChoice')} error={errors.opportunityId} required>
            <select className={control} value={choices.opportunityId} onChange={(e) => onChange({ opportunityId: e.target.value })} data-testid="convert-opportunity-select">
              <option value="">{options.opportunities.length ? t('leads.convert.chooseOpportunity') : t('leads.convert.noOpenOpportunities')}</option>
              {options.opportunities.map((o) => (
                <option key={o.id} value={o.id}>
                  {`${o.name} · ${o.stageName}`}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {!accountId && errors.opportunityId && <p className={styles.error}>{errors.opportunityId}</p>}
        <label className={styles.radio}>
          <input
            type="radio"
            name="opportunityMode"
            checked={choices.opportunityMode === 'none'}
            onChange={() => onChange({ opportunityMode: 'none' })}
            data-testid="convert-no-opportunity"
          />
          <span>{t('leads.convert.noOpportunity')}</span>
        </label>
      </fieldset>

      <div className={styles.pair}>
        <FormField label={t('leads.convert.status')} error={errors.convertedStatus} required>
          <select className={control} value={choices.convertedStatus} onChange={(e) => onChange({ convertedStatus: e.target.value })}>
            {convertedStatuses.map((s) => (
              <option key={s.apiName} value={s.apiName}>
                {labels.status(s.apiName)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('leads.convert.owner')} error={errors.ownerId}>
          <select className={control} value={choices.ownerId} onChange={(e) => onChange({ ownerId: e.target.value })} data-testid="convert-owner">
            {!options.owners.some((o) => o.id === choices.ownerId) && <option value={choices.ownerId}>{t('leads.convert.leadOwner')}</option>}
            {options.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
    </div>
  );
}
