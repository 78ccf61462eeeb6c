import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge/badge';

import { useNow } from '../hooks/use-now';
import { formatMinutes, slaState } from '../utils/sla';

interface SlaClockProps {
  label: string;
  due: string | null;
  doneAt: string | null;
  'data-testid'?: string;
}

/** One SLA target: time left (ticking), overdue, met or missed, colour-coded. */
export function SlaClock({ label, due, doneAt, ...rest }: SlaClockProps) {
  const { t } = useTranslation();
  const now = useNow();
  const s = slaState(due, doneAt, now);
  if (!due) return null;
  const text =
    s.left === null
      ? s.breached ? t('cases.sla.missed') : t('cases.sla.met')
      : s.left < 0 ? t('cases.sla.overdue', { time: formatMinutes(s.left) }) : t('cases.sla.left', { time: formatMinutes(s.left) });
  return (
    <Badge tone={s.tone} data-testid={rest['data-testid']} data-breached={s.breached ? 'true' : 'false'} title={new Date(due).toLocaleString()}>
      {label}: {text}
    </Badge>
  );
}
