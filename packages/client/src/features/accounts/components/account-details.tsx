import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { paths } from '@/config/paths';
import type { AccountDetailFieldsFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { billingOneLine } from '../utils/address';
import styles from './account-page.module.css';

/** The account's own fields (already loaded with the header: no extra query). */
export function AccountDetails({ account }: { account: AccountDetailFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const empty = t('common.empty');
  const address = billingOneLine(account);
  const rows: [string, React.ReactNode][] = [
    [t('accounts.fields.type'), account.type ?? empty],
    [t('accounts.fields.industry'), account.industry ?? empty],
    [t('accounts.fields.rating'), account.rating ?? empty],
    [t('accounts.fields.phone'), account.phone ? <a href={`tel:${account.phone}`}>{account.phone}</a> : empty],
    [
      t('accounts.fields.website'),
      account.website ? (
        <a href={account.website} target="_blank" rel="noreferrer noopener">
          {account.website}
        </a>
      ) : (
        empty
      ),
    ],
    [t('accounts.fields.parentId'), account.parent ? <Link to={paths.account.getHref(account.parent.id)}>{account.parent.name}</Link> : empty],
    [t('accounts.fields.owner'), account.owner.name],
    [t('accounts.fields.annualRevenue'), account.annualRevenue == null ? empty : format.currency(account.annualRevenue)],
    [t('accounts.fields.numberOfEmployees'), account.numberOfEmployees == null ? empty : format.number(account.numberOfEmployees)],
    [t('accounts.fields.accountSource'), account.accountSource ?? empty],
    [t('accounts.fields.billingAddress'), address ?? empty],
  ];
  if (account.isPersonAccount) {
    rows.push([t('accounts.fields.personEmail'), account.personEmail ?? empty]);
    rows.push([t('accounts.fields.personMobilePhone'), account.personMobilePhone ?? empty]);
  }
  return (
    <section className={s.section} aria-label={t('accounts.sections.details')} data-testid="section-details">
      <h2 className={s.heading}>{t('accounts.sections.details')}</h2>
      <dl className={styles.details}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.detail}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {account.description && <p className={styles.description}>{account.description}</p>}
    </section>
  );
}
