import { useTranslation } from 'react-i18next';

import { Badge, type BadgeTone } from '@/components/ui/badge/badge';

const TONES: Record<string, BadgeTone> = { Pending: 'warning', Approved: 'success', Rejected: 'danger', Recalled: 'neutral' };
const KEYS = { Pending: 'pending', Approved: 'approved', Rejected: 'rejected', Recalled: 'recalled' } as const;

/** A discount request's status as a coloured label. */
export function DiscountStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  const key = KEYS[status as keyof typeof KEYS];
  return (
    <Badge tone={TONES[status] ?? 'neutral'} data-testid="discount-status">
      {key ? t(`opportunities.discount.status.${key}`) : status}
    </Badge>
  );
}
