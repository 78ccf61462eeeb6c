import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { paths } from '@/config/paths';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { mailingOneLine } from '../utils/contact-filter';
import styles from './contact-page.module.css';

export function ContactDetails({ contact }: { contact: ContactDetailFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const empty = t('common.empty');
  const tel = (n: string | null | undefined) => (n ? <a href={`tel:${n}`}>{n}</a> : empty);
  const rows: [string, React.ReactNode][] = [
    [t('contacts.fields.accountId'), contact.account ? <Link to={paths.account.getHref(contact.account.id)}>{contact.account.name}</Link> : empty],
    [t('contacts.fields.title'), contact.title ?? empty],
    [t('contacts.fields.department'), contact.department ?? empty],
    [t('contacts.fields.email'), contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : empty],
    [t('contacts.fields.mobilePhone'), tel(contact.mobilePhone)],
    [t('contacts.fields.phone'), tel(contact.phone)],
    [t('contacts.fields.reportsTo'), contact.reportsTo ? <Link to={paths.contact.getHref(contact.reportsTo.id)}>{contact.reportsTo.name}</Link> : empty],
    [t('contacts.fields.leadSource'), contact.leadSource ?? empty],
    [t('contacts.fields.birthdate'), contact.birthdate ? format.date(contact.birthdate) : empty],
    [t('contacts.fields.mailingAddress'), mailingOneLine(contact) ?? empty],
    [t('contacts.fields.owner'), contact.owner.name],
  ];
  const flags = [contact.doNotCall && t('contacts.fields.doNotCall'), contact.hasOptedOutOfEmail && t('contacts.fields.hasOptedOutOfEmail')].filter(Boolean);
  return (
    <section className={s.section} aria-label={t('contacts.sections.details')} data-testid="section-details">
      <h2 className={s.heading}>{t('contacts.sections.details')}</h2>
      <dl className={styles.details}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.detail}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {flags.length > 0 && <p className={s.muted}>{flags.join(' · ')}</p>}
      {contact.description && <p className={styles.description}>{contact.description}</p>}
    </section>
  );
}
