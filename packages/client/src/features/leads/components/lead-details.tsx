import { useTranslation } from 'react-i18next';

import type { LeadDetailFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { leadAddress } from '../utils/lead-address';
import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './lead-details.module.css';

/** The lead's fields, read-only, in two sections. */
export function LeadDetails({ lead }: { lead: LeadDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = usePicklistLabels();
  const empty = t('common.empty');

  const rows: [string, React.ReactNode][] = [
    [t('leads.fields.name'), [lead.salutation, lead.name].filter(Boolean).join(' ')],
    [t('leads.fields.company'), lead.company],
    [t('leads.fields.title'), lead.title || empty],
    [t('leads.fields.email'), lead.email ? <a href={`mailto:${lead.email}`}>{lead.email}</a> : empty],
    [t('leads.fields.phone'), lead.phone ? <a href={`tel:${lead.phone}`}>{lead.phone}</a> : empty],
    [t('leads.fields.mobilePhone'), lead.mobilePhone ? <a href={`tel:${lead.mobilePhone}`}>{lead.mobilePhone}</a> : empty],
    [t('leads.fields.status'), labels.status(lead.status)],
    [t('leads.fields.leadSource'), labels.source(lead.leadSource)],
    [t('leads.fields.rating'), labels.rating(lead.rating)],
    [t('leads.fields.industry'), lead.industry || empty],
    [t('leads.fields.annualRevenue'), lead.annualRevenue == null ? empty : format.currency(lead.annualRevenue)],
    [t('leads.fields.numberOfEmployees'), lead.numberOfEmployees == null ? empty : format.number(lead.numberOfEmployees)],
    [t('leads.fields.owner'), lead.owner.name],
    [t('leads.fields.address'), leadAddress(lead) || empty],
    [t('leads.fields.createdDate'), format.date(lead.createdDate)],
    [t('leads.fields.description'), lead.description || empty],
  ];

  return (
    <dl className={styles.details} data-testid="lead-details">
      {rows.map(([label, value]) => (
        <div key={label} className={styles.row}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
