import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Breadcrumbs } from '@/components/ui/breadcrumbs/breadcrumbs';
import type { CampaignDetailQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { campaignPaths } from '../paths';
import styles from './campaign-header.module.css';
import { CampaignStatusPill, useCampaignTypeLabel } from './campaign-status-pill';

type Campaign = CampaignDetailQuery['campaign'];

/** Breadcrumbs from the ancestors, the campaign's name and its fields. */
export function CampaignHeader({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const typeLabel = useCampaignTypeLabel();
  const empty = t('common.empty');
  const money = (value: number | null | undefined) => (value == null ? empty : format.currency(value));
  const date = (value: string | null | undefined) =>
    value ? <time dateTime={value}>{format.date(value)}</time> : empty;

  const fields = [
    { key: 'type', label: t('campaigns.fields.type'), value: typeLabel(campaign.type) ?? empty },
    { key: 'status', label: t('campaigns.fields.status'), value: <CampaignStatusPill status={campaign.status} /> },
    { key: 'startDate', label: t('campaigns.fields.startDate'), value: date(campaign.startDate) },
    { key: 'endDate', label: t('campaigns.fields.endDate'), value: date(campaign.endDate) },
    { key: 'owner', label: t('campaigns.fields.owner'), value: campaign.owner.name },
    {
      key: 'parent',
      label: t('campaigns.fields.parent'),
      value: campaign.parent ? <Link to={campaignPaths.campaign.getHref(campaign.parent.id)}>{campaign.parent.name}</Link> : empty,
    },
    { key: 'isActive', label: t('campaigns.fields.isActive'), value: campaign.isActive ? t('campaigns.yes') : t('campaigns.no') },
    { key: 'budgetedCost', label: t('campaigns.fields.budgetedCost'), value: money(campaign.budgetedCost) },
    { key: 'actualCost', label: t('campaigns.fields.actualCost'), value: money(campaign.actualCost) },
    { key: 'expectedRevenue', label: t('campaigns.fields.expectedRevenue'), value: money(campaign.expectedRevenue) },
    {
      key: 'expectedResponse',
      label: t('campaigns.fields.expectedResponse'),
      value: campaign.expectedResponse == null ? empty : format.percent(campaign.expectedResponse),
    },
    {
      key: 'numberSent',
      label: t('campaigns.fields.numberSent'),
      value: campaign.numberSent == null ? empty : format.number(campaign.numberSent),
    },
  ];

  return (
    <header className={styles.header}>
      <Breadcrumbs
        data-testid="campaign-breadcrumbs"
        items={[
          { label: t('campaigns.tree.heading'), href: campaignPaths.tree.getHref() },
          ...campaign.ancestors.map((ancestor) => ({ label: ancestor.name, href: campaignPaths.campaign.getHref(ancestor.id) })),
          { label: campaign.name },
        ]}
      />
      <div className={styles.titleRow}>
        <h1 data-testid="page-heading">{campaign.name}</h1>
        <CampaignStatusPill status={campaign.status} />
      </div>
      <dl className={styles.fields} data-testid="campaign-fields">
        {fields.map((field) => (
          <div key={field.key} className={styles.field}>
            <dt>{field.label}</dt>
            <dd data-field={field.key}>{field.value}</dd>
          </div>
        ))}
      </dl>
      {campaign.description && (
        <div className={styles.description}>
          <h2 className="visually-hidden">{t('campaigns.fields.description')}</h2>
          <p>{campaign.description}</p>
        </div>
      )}
    </header>
  );
}
