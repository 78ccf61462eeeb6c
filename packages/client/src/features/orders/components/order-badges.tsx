import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge/badge';

import { isOrderStatus, notificationStatusOf, notificationTone, statusTone } from '../utils/order-status';

export function OrderStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isOrderStatus(status)) return <Badge tone="neutral">{status}</Badge>;
  return (
    <Badge tone={statusTone[status]} data-testid="order-status" data-status={status}>
      {t(`orders.statuses.${status}`)}
    </Badge>
  );
}

export function NotificationBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  const s = notificationStatusOf(status);
  return (
    <Badge tone={notificationTone[s]} data-testid="order-notification" data-status={s}>
      {t(`orders.notificationStatuses.${s}`)}
    </Badge>
  );
}
