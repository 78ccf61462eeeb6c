import type { BadgeTone } from '@/components/ui/badge/badge';

export const ORDER_STATUSES = ['Draft', 'Activated', 'Shipped', 'Cancelled'] as const;
export type OrderStatusName = (typeof ORDER_STATUSES)[number];

export const isOrderStatus = (s: string | null | undefined): s is OrderStatusName => (ORDER_STATUSES as readonly string[]).includes(s ?? '');

export const statusTone: Record<OrderStatusName, BadgeTone> = { Draft: 'neutral', Activated: 'info', Shipped: 'success', Cancelled: 'danger' };

export type NotificationStatusName = 'none' | 'pending' | 'sending' | 'sent' | 'dead';

export const notificationTone: Record<NotificationStatusName, BadgeTone> = { none: 'neutral', pending: 'warning', sending: 'warning', sent: 'success', dead: 'danger' };

export const notificationStatusOf = (s: string | null | undefined): NotificationStatusName =>
  s === 'pending' || s === 'sending' || s === 'sent' || s === 'dead' ? s : 'none';
