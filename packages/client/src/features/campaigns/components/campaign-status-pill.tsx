import { useTranslation } from 'react-i18next';

import { Badge, type BadgeTone } from '@/components/ui/badge/badge';

import { campaignStatusKey, campaignTypeKey, statusTone } from '../utils/picklists';

const TONES: Record<ReturnType<typeof statusTone>, BadgeTone> = { planned: 'neutral', active: 'success', done: 'info', aborted: 'danger', other: 'accent' };

export function CampaignStatusPill({ status }: { status: string }) {
  const { t } = useTranslation();
  const key = campaignStatusKey(status);
  return (
    <Badge tone={TONES[statusTone(status)]} data-status={status}>
      {key ? t(`campaigns.statuses.${key}`) : status}
    </Badge>
  );
}

/** The translated label of a campaign type (unknown types as stored). */
export function useCampaignTypeLabel() {
  const { t } = useTranslation();
  return (type: string | null | undefined): string | null => {
    if (!type) return null;
    const key = campaignTypeKey(type);
    return key ? t(`campaigns.types.${key}`) : type;
  };
}
