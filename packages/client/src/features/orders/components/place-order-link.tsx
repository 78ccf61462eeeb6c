import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { RecordRef } from '@/types/record-slots';

import styles from './place-order-link.module.css';

/** "Place order" for an account or opportunity page (composed into its quick actions by the router). */
export function PlaceOrderLink({ record }: { record: RecordRef }) {
  const { t } = useTranslation();
  const href =
    record.objectType === 'Account'
      ? paths.newOrder.getHref({ accountId: record.id })
      : record.objectType === 'Opportunity'
        ? paths.newOrder.getHref({ accountId: record.accountId, opportunityId: record.id })
        : null;
  if (!href) return null;
  return (
    <Link to={href} className={styles.link} data-testid="record-place-order">
      {t('orders.placeOrder')}
    </Link>
  );
}
