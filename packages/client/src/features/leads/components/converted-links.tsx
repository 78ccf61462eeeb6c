import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { LeadDetailFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import styles from './converted-links.module.css';

/** A converted lead: read-only, pointing to what it became. */
export function ConvertedLinks({ lead }: { lead: LeadDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const items = [
    { key: 'account', label: t('leads.convert.account'), record: lead.convertedAccount, href: paths.account.getHref },
    { key: 'contact', label: t('leads.convert.contact'), record: lead.convertedContact, href: paths.contact.getHref },
    { key: 'opportunity', label: t('leads.convert.opportunity'), record: lead.convertedOpportunity, href: paths.opportunity.getHref },
  ];
  return (
    <section className={styles.box} data-testid="converted-links" aria-label={t('leads.converted.heading')}>
      <p className={styles.heading}>
        {lead.convertedDate
          ? t('leads.converted.on', { date: format.date(lead.convertedDate) })
          : t('leads.converted.heading')}{' '}
        <span className={styles.readOnly}>{t('leads.converted.readOnly')}</span>
      </p>
      <ul className={styles.list}>
        {items.map(({ key, label, record, href }) => (
          <li key={key}>
            <span className={styles.label}>{label}</span>
            {record ? (
              <Link to={href(record.id)} data-testid={`converted-${key}`} data-id={record.id}>
                {record.name}
              </Link>
            ) : (
              <span>{t('leads.converted.none')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
