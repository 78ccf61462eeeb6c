import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';

import { CampaignHeader } from '../components/campaign-header';
import { CampaignStats } from '../components/campaign-stats';
import { MemberStatusesPanel } from '../components/member-statuses-panel';
import { MembersSection } from '../components/members-section';
import { useCampaign } from '../hooks/use-campaign';
import { campaignPaths } from '../paths';
import styles from './campaign-route.module.css';

/** /campaigns/:campaignId */
export function CampaignRoute() {
  const { campaignId = '' } = useParams();
  // A new campaign starts from a clean page (filters, paging, open dialogs).
  return <CampaignPage key={campaignId} campaignId={campaignId} />;
}

function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { campaign, loading, error, refetch } = useCampaign(campaignId);
  const notFound =
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => ['NOT_FOUND', 'BAD_USER_INPUT'].includes(String(e.extensions?.code)));

  if (!campaign) {
    return (
      <div className={styles.page}>
        <title>{`${t('campaigns.tree.pageTitle')} · ${t('app.name')}`}</title>
        {loading && <Spinner label={t('campaigns.detail.loading')} showLabel />}
        {error && (
          <Alert
            action={
              notFound ? (
                <Link to={campaignPaths.tree.getHref()}>{t('campaigns.detail.backToTree')}</Link>
              ) : (
                <Button variant="secondary" size="sm" onClick={() => void refetch()}>
                  {t('campaigns.retry')}
                </Button>
              )
            }
          >
            <span data-testid="campaign-error">{notFound ? t('campaigns.detail.notFound') : t('campaigns.detail.error')}</span>
          </Alert>
        )}
      </div>
    );
  }

  return (
    <div className={styles.page} data-testid="campaign-page" data-id={campaign.id}>
      <title>{`${campaign.name} · ${t('app.name')}`}</title>
      <CampaignHeader campaign={campaign} />
      <div className={styles.layout}>
        <div className={styles.stats}>
          <CampaignStats stats={campaign} />
        </div>
        <div className={styles.members}>
          <MembersSection campaignId={campaign.id} statuses={campaign.memberStatuses} />
        </div>
        <div className={styles.statuses}>
          <MemberStatusesPanel campaignId={campaign.id} statuses={campaign.memberStatuses} />
        </div>
      </div>
    </div>
  );
}
