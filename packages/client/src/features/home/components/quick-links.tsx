import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import styles from './home.module.css';
import { NewOpportunitySheet } from './new-opportunity-sheet';

/** Log a Call (another feature's, passed in by the router), New Lead (its page), New Opportunity (a sheet). */
export function QuickLinks({ logCall }: { logCall?: ReactNode }) {
  const { t } = useTranslation();
  const [newOpportunity, setNewOpportunity] = useState(false);
  return (
    <section className={styles.quick} aria-label={t('home.quick.label')} data-testid="home-quick-actions">
      {logCall}
      <Link to={paths.newLead.getHref()} className={styles.quickLink} data-testid="home-new-lead">
        {t('home.quick.newLead')}
      </Link>
      <button type="button" className={styles.quickLink} onClick={() => setNewOpportunity(true)} data-testid="home-new-opportunity">
        {t('home.quick.newOpportunity')}
      </button>
      <NewOpportunitySheet open={newOpportunity} onClose={() => setNewOpportunity(false)} />
    </section>
  );
}
