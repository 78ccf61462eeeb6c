import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { ConvertLeadMutation } from '@/gql/graphql';

import styles from './convert-lead.module.css';

/** What the conversion created or merged into, with links to each record. */
export function ConvertResult({ result }: { result: ConvertLeadMutation['convertLead'] }) {
  const { t } = useTranslation();
  return (
    <div className={styles.result} data-testid="convert-result" role="status">
      <p className={styles.success}>{t('leads.convert.success')}</p>
      <ul className={styles.links}>
        <li>
          <span>{t('leads.convert.account')}</span>
          <Link to={paths.account.getHref(result.account.id)} data-testid="converted-account" data-id={result.account.id}>
            {result.account.name}
          </Link>
        </li>
        <li>
          <span>{t('leads.convert.contact')}</span>
          <Link to={paths.contact.getHref(result.contact.id)} data-testid="converted-contact" data-id={result.contact.id}>
            {result.contact.name}
          </Link>
        </li>
        {result.opportunity && (
          <li>
            <span>{t('leads.convert.opportunity')}</span>
            <Link to={paths.opportunity.getHref(result.opportunity.id)} data-testid="converted-opportunity" data-id={result.opportunity.id}>
              {result.opportunity.name}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
