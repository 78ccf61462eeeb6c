import type en from '@/lib/i18n/locales/en.json';

export type CampaignStatusKey = keyof typeof en.campaigns.statuses;
export type CampaignTypeKey = keyof typeof en.campaigns.types;

const STATUS_KEYS: Record<string, CampaignStatusKey> = {
  Planned: 'planned',
  'In Progress': 'inProgress',
  Completed: 'completed',
  Aborted: 'aborted',
};

const TYPE_KEYS: Record<string, CampaignTypeKey> = {
  Advertisement: 'advertisement',
  Email: 'email',
  Webinar: 'webinar',
  Conference: 'conference',
  'Trade Show': 'tradeShow',
  'Direct Mail': 'directMail',
  Telemarketing: 'telemarketing',
  'Banner Ads': 'bannerAds',
  'Seminar / Conference': 'seminarConference',
  'Public Relations': 'publicRelations',
  Partners: 'partners',
  'Referral Program': 'referralProgram',
  Other: 'other',
};

/**
 * Campaign status and type are fixed picklists (Salesforce's values): known values map to a
 * translation key, anything else is shown as stored.
 */
export function campaignStatusKey(status: string): CampaignStatusKey | null {
  return STATUS_KEYS[status] ?? null;
}

export function campaignTypeKey(type: string): CampaignTypeKey | null {
  return TYPE_KEYS[type] ?? null;
}

/** A CSS-friendly tone for a campaign status pill. */
export function statusTone(status: string): 'planned' | 'active' | 'done' | 'aborted' | 'other' {
  switch (status) {
    case 'Planned':
      return 'planned';
    case 'In Progress':
      return 'active';
    case 'Completed':
      return 'done';
    case 'Aborted':
      return 'aborted';
    default:
      return 'other';
  }
}
