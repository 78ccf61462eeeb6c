import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Table, type TableColumn } from '@/components/ui/table/table';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import type { OrderSummaryFragment } from '@/gql/graphql';

import { NotificationBadge, OrderStatusBadge } from './order-badges';

export function OrdersTable({ orders, busy }: { orders: readonly OrderSummaryFragment[]; busy?: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: TableColumn<OrderSummaryFragment>[] = [
    {
      id: 'number', header: t('orders.number'),
      cell: (o) => <Link to={paths.order.getHref(o.id)} data-testid="order-link">{o.orderNumber}</Link>,
    },
    { id: 'account', header: t('orders.account'), cell: (o) => o.account?.name ?? '—' },
    { id: 'status', header: t('orders.status'), cell: (o) => <span><OrderStatusBadge status={o.status} /></span> },
    { id: 'date', header: t('orders.effectiveDate'), cell: (o) => f.date(o.effectiveDate) },
    { id: 'total', header: t('orders.total'), align: 'end', cell: (o) => f.currency(o.totalAmount) },
    { id: 'notification', header: t('orders.notification'), cell: (o) => <span><NotificationBadge status={o.notification?.status} /></span> },
  ];
  return (
    <Table caption={t('orders.caption')} columns={columns} rows={orders} getRowKey={(o) => o.id} busy={busy}
      getRowProps={(o) => ({ 'data-testid': 'order-row', 'data-order-number': o.orderNumber })} />
  );
}
