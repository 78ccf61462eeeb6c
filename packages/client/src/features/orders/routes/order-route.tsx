import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import { paths } from '@/config/paths';
import { ChangeOrderStatusDocument, OrderDetailDocument, type OrderDetailQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';
import { serverMessage } from '@/lib/server-error';

import { NotificationBadge, OrderStatusBadge } from '../components/order-badges';
import { isOrderStatus } from '../utils/order-status';
import styles from './orders.module.css';

type Line = NonNullable<OrderDetailQuery['order']>['items']['edges'][number]['node'];

/** /orders/:orderId: the order's facts, lines, status actions and the customer-service email's status. */
export function OrderRoute() {
  const { t } = useTranslation();
  const f = useFormatters();
  const { orderId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrderDetailDocument, { variables: { id: orderId }, pollInterval: 0 });
  const [change, changing] = useMutation(ChangeOrderStatusDocument);
  const [actionError, setActionError] = useState<string | null>(null);
  const order = data?.order;

  const move = async (status: string) => {
    setActionError(null);
    try {
      await change({ variables: { id: orderId, status } });
      await refetch();
    } catch (err) {
      setActionError(serverMessage(err) ?? t('orders.actionFailed'));
    }
  };

  const columns: TableColumn<Line>[] = [
    { id: 'product', header: t('orders.product'), cell: (l) => <>{l.product?.name ?? '—'}{l.product?.productCode ? ` (${l.product.productCode})` : ''}</> },
    { id: 'quantity', header: t('orders.quantity'), align: 'end', cell: (l) => f.number(l.quantity) },
    { id: 'unitPrice', header: t('orders.unitPrice'), align: 'end', cell: (l) => f.currency(l.unitPrice) },
    { id: 'lineTotal', header: t('orders.lineTotal'), align: 'end', cell: (l) => f.currency(l.totalPrice) },
  ];

  if (!order && loading) return <div className={layout.placeholder}><Spinner label={t('orders.loading')} showLabel /></div>;
  if (!order) {
    return (
      <div className={layout.page}>
        <Alert action={<Link to={paths.orders.getHref()}>{t('orders.back')}</Link>}>
          <span data-testid="order-not-found">{error && serverMessage(error) === null ? t('orders.error') : t('orders.notFound')}</span>
        </Alert>
      </div>
    );
  }
  const n = order.notification;
  return (
    <div className={layout.page} data-testid="order-page">
      <title>{`${order.orderNumber} · ${t('app.name')}`}</title>
      <Link to={paths.orders.getHref()}>{t('orders.back')}</Link>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('orders.number')} {order.orderNumber}</h1>
        <OrderStatusBadge status={order.status} />
        {loading && <Spinner label={t('orders.loading')} />}
      </header>
      {order.allowedStatuses.length > 0 && (
        <div className={styles.actions} role="group" aria-label={t('orders.actions')}>
          {order.allowedStatuses.filter(isOrderStatus).map((s) => (
            <Button key={s} variant={s === 'Cancelled' ? 'secondary' : 'primary'} disabled={changing.loading} onClick={() => void move(s)} data-testid={`order-action-${s}`}>
              {t(`orders.actionLabels.${s as 'Activated' | 'Shipped' | 'Cancelled'}`)}
            </Button>
          ))}
        </div>
      )}
      {actionError && <Alert><span data-testid="order-action-error">{actionError}</span></Alert>}
      <dl className={styles.facts}>
        <div><dt>{t('orders.account')}</dt><dd>{order.account ? <Link to={paths.account.getHref(order.account.id)}>{order.account.name}</Link> : '—'}</dd></div>
        {order.opportunity && <div><dt>{t('orders.opportunity')}</dt><dd><Link to={paths.opportunity.getHref(order.opportunity.id)}>{order.opportunity.name}</Link></dd></div>}
        <div><dt>{t('orders.effectiveDate')}</dt><dd>{f.date(order.effectiveDate)}</dd></div>
        <div><dt>{t('orders.owner')}</dt><dd>{order.owner.name}</dd></div>
        <div><dt>{t('orders.total')}</dt><dd data-testid="order-total">{f.currency(order.totalAmount)}</dd></div>
        <div>
          <dt>{t('orders.notification')}</dt>
          <dd>
            <NotificationBadge status={n?.status} />
            {n && <div>{t('orders.to')}: {n.to.join(', ')}{n.sentDate ? ` · ${t('orders.sentDate')} ${new Date(n.sentDate).toLocaleString()}` : ''}</div>}
            {n?.lastError && <div>{t('orders.lastError')}: {n.lastError} ({t('orders.attempts')}: {n.attempts})</div>}
          </dd>
        </div>
        {order.description && <div><dt>{t('orders.description')}</dt><dd>{order.description}</dd></div>}
      </dl>
      <section className={layout.section}>
        <h2 className={layout.sectionHeading}>{t('orders.lines')}</h2>
        <Table caption={t('orders.lines')} columns={columns} rows={order.items.edges.map((e) => e.node)} getRowKey={(l) => l.id} />
        <p className={styles.total}>{t('orders.orderTotal')}: {f.currency(order.totalAmount)}</p>
      </section>
    </div>
  );
}
