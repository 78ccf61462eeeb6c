import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { formFieldStyles } from '@/components/ui/form-field/form-field';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';

import { OrdersTable } from '../components/orders-table';
import { useOrders } from '../hooks/use-orders';
import { isOrderStatus, ORDER_STATUSES } from '../utils/order-status';
import styles from './orders.module.css';

/** /orders: the caller's (and their team's) orders with status badges; filter by status. */
export function OrdersRoute() {
  const { t } = useTranslation();
  const list = useOrders();
  return (
    <div className={layout.page}>
      <title>{`${t('orders.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('orders.heading')}</h1>
        {list.loading && list.orders && <Spinner label={t('orders.loading')} />}
        <Link to={paths.newOrder.getHref()} className={`${layout.pageHeaderLink} ${styles.action}`} data-testid="place-order-link">
          {t('orders.placeOrder')}
        </Link>
      </header>
      <p className={layout.lead}>{t('orders.intro')}</p>
      <label className={styles.filter}>
        <span>{t('orders.filterStatus')}</span>
        <select className={formFieldStyles.control} value={list.status ?? ''} data-testid="order-status-filter"
          onChange={(e) => list.setStatus(isOrderStatus(e.target.value) ? e.target.value : null)}>
          <option value="">{t('orders.allStatuses')}</option>
          {ORDER_STATUSES.map((s) => <option key={s} value={s}>{t(`orders.statuses.${s}`)}</option>)}
        </select>
      </label>
      {list.error && !list.orders && (
        <Alert action={<Button variant="secondary" size="sm" onClick={() => void list.refetch()}>{t('orders.retry')}</Button>}>
          {t('orders.error')}
        </Alert>
      )}
      {!list.orders && list.loading && <div className={layout.placeholder}><Spinner label={t('orders.loading')} showLabel /></div>}
      {list.orders?.length === 0 && <p className={layout.placeholder} data-testid="orders-empty">{t('orders.empty')}</p>}
      {list.orders && list.orders.length > 0 && <OrdersTable orders={list.orders} busy={list.loading} />}
      {list.hasMore && (
        <Button variant="secondary" onClick={() => void list.more()} disabled={list.loading}>{t('orders.more')}</Button>
      )}
    </div>
  );
}
