import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Pagination } from '@/components/ui/pagination/pagination';
import select from '@/components/ui/select/select.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import type { CampaignMemberStatusFieldsFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { useCampaignMembers } from '../hooks/use-campaign-members';
import { AddMembersDialog, type MembersAdded } from './add-members-dialog';
import { ImportMembersDialog } from './import-members-dialog';
import { MembersTable } from './members-table';
import styles from './members-section.module.css';

export interface MembersSectionProps {
  campaignId: string;
  statuses: readonly CampaignMemberStatusFieldsFragment[];
}

export function MembersSection({ campaignId, statuses }: MembersSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const filterId = useId();
  const members = useCampaignMembers(campaignId);
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const [notice, setNotice] = useState<MembersAdded | null>(null);
  const { connection } = members;
  const rows = connection?.nodes ?? [];

  return (
    <section className={layout.section} aria-labelledby="campaign-members-heading">
      <div className={layout.sectionHeader}>
        <h2 id="campaign-members-heading" className={`${layout.sectionHeading} ${styles.heading}`}>
          {t('campaigns.members.heading')}
          {connection && (
            <span className={styles.count} data-testid="members-total">
              {format.number(connection.totalCount)}
            </span>
          )}
        </h2>
        {members.loading && connection && <Spinner label={t('campaigns.updating')} />}
        <div className={styles.actions}>
          <Button variant="secondary" onClick={() => setDialog('import')} data-testid="import-members">
            {t('campaigns.import.open')}
          </Button>
          <Button onClick={() => setDialog('add')} data-testid="add-members">
            {t('campaigns.addMembers.open')}
          </Button>
        </div>
      </div>

      {notice && (
        <Alert
          tone="info"
          action={
            <Button variant="ghost" size="sm" onClick={() => setNotice(null)}>
              {t('campaigns.dismiss')}
            </Button>
          }
        >
          <span data-testid="members-notice">
            {t('campaigns.addMembers.added', { count: notice.added, n: format.number(notice.added) })}
            {notice.skipped > 0 &&
              ` ${t('campaigns.addMembers.skipped', { count: notice.skipped, n: format.number(notice.skipped) })}`}
          </span>
        </Alert>
      )}

      <div className={styles.filter}>
        <label htmlFor={filterId}>{t('campaigns.members.filterByStatus')}</label>
        <select
          id={filterId}
          className={select.select}
          value={members.status}
          onChange={(event) => members.setStatus(event.target.value)}
          data-testid="member-status-filter"
        >
          <option value="">{t('campaigns.members.allStatuses')}</option>
          {statuses.map((status) => (
            <option key={status.id} value={status.label}>
              {status.label}
            </option>
          ))}
        </select>
      </div>

      {members.error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void members.refetch()}>
              {t('campaigns.retry')}
            </Button>
          }
        >
          {t('campaigns.members.error')}
        </Alert>
      )}

      {!connection && members.loading && (
        <div className={layout.placeholderCompact}>
          <Spinner label={t('campaigns.members.loading')} showLabel />
        </div>
      )}

      {connection && rows.length === 0 && !members.error && (
        <p className={layout.placeholderCompact} data-testid="members-empty">
          {members.status ? t('campaigns.members.emptyForStatus', { status: members.status }) : t('campaigns.members.empty')}
        </p>
      )}

      {connection && rows.length > 0 && (
        <>
          <MembersTable campaignId={campaignId} rows={rows} statuses={statuses} busy={members.stale} />
          <Pagination
            from={members.offset + 1}
            to={members.offset + rows.length}
            total={connection.totalCount}
            canPrevious={members.canPrevious}
            canNext={members.canNext}
            onPrevious={members.previous}
            onNext={members.next}
            disabled={members.stale}
          />
        </>
      )}

      <AddMembersDialog
        open={dialog === 'add'}
        onClose={() => setDialog(null)}
        campaignId={campaignId}
        statuses={statuses}
        onAdded={setNotice}
      />
      <ImportMembersDialog open={dialog === 'import'} onClose={() => setDialog(null)} campaignId={campaignId} statuses={statuses} />
    </section>
  );
}
