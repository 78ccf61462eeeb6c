import { useTranslation } from 'react-i18next';

import { campaignStatusKey, campaignTypeKey, statusTone } from '../utils/picklists';
import styles from './campaign-status-pill.module.css';

export function CampaignStatusPill({ status }: { status: string }) {
  const { t } = useTranslation();
  const key = campaignStatusKey(status);
  return (
    <span className={`${styles.pill} ${styles[statusTone(status)]}`} data-status={status}>
      {key ? t(`campaigns.statuses.${key}`) : status}
    </span>
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
