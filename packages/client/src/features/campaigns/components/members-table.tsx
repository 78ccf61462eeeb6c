import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import select from '@/components/ui/select/select.module.css';
import { Table, type TableColumn } from '@/components/ui/table/table';
import {
  DeleteCampaignMemberDocument,
  UpdateCampaignMemberStatusDocument,
  type CampaignMemberRowFragment,
  type CampaignMemberStatusFieldsFragment,
} from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { useRefreshCampaign } from '../hooks/use-refresh-campaign';
import styles from './members-table.module.css';
import { MutationError } from './mutation-error';

export interface MembersTableProps {
  campaignId: string;
  rows: readonly CampaignMemberRowFragment[];
  statuses: readonly CampaignMemberStatusFieldsFragment[];
  busy?: boolean;
}

export function MembersTable({ campaignId, rows, statuses, busy }: MembersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const empty = t('common.empty');

  const columns: TableColumn<CampaignMemberRowFragment>[] = [
    {
      id: 'name',
      header: t('campaigns.members.columns.name'),
      cell: (row) =>
        row.name ? (
          <span className={styles.name}>{row.name}</span>
        ) : (
          <span className={styles.restricted}>{t('campaigns.members.restricted')}</span>
        ),
    },
    {
      id: 'type',
      header: t('campaigns.members.columns.type'),
      cell: (row) =>
        row.type === 'Lead' ? t('campaigns.members.lead') : row.type === 'Contact' ? t('campaigns.members.contact') : row.type,
    },
    { id: 'company', header: t('campaigns.members.columns.company'), cell: (row) => row.companyOrAccount ?? empty },
    {
      id: 'email',
      header: t('campaigns.members.columns.email'),
      cell: (row) => (row.email ? <span className={styles.email}>{row.email}</span> : empty),
    },
    {
      id: 'status',
      header: t('campaigns.members.columns.status'),
      cell: (row) => <MemberStatusCell campaignId={campaignId} member={row} statuses={statuses} />,
    },
    {
      id: 'responded',
      header: t('campaigns.members.columns.responded'),
      cell: (row) =>
        row.hasResponded ? (
          <span className={styles.responded}>
            {row.firstRespondedDate
              ? t('campaigns.members.respondedOn', { date: format.date(row.firstRespondedDate) })
              : t('campaigns.yes')}
          </span>
        ) : (
          t('campaigns.no')
        ),
    },
    {
      id: 'actions',
      header: t('campaigns.members.columns.actions'),
      cell: (row) => <RemoveMemberCell campaignId={campaignId} member={row} />,
    },
  ];

  return (
    <Table
      caption={t('campaigns.members.caption')}
      columns={columns}
      rows={rows}
      getRowKey={(row) => row.id}
      getRowProps={(row) => ({
        'data-testid': 'member-row',
        'data-id': row.id,
        'data-status': row.status,
        'data-name': row.name ?? '',
      })}
      busy={busy}
    />
  );
}

interface MemberCellProps {
  campaignId: string;
  member: CampaignMemberRowFragment;
}

/** The member's status, changed in place; the statistics follow. */
function MemberStatusCell({ campaignId, member, statuses }: MemberCellProps & { statuses: MembersTableProps['statuses'] }) {
  const { t } = useTranslation();
  const refresh = useRefreshCampaign(campaignId);
  const selectId = useId();
  const errorId = useId();
  const [update, { loading, error, reset }] = useMutation(UpdateCampaignMemberStatusDocument);
  const known = statuses.some((s) => s.label === member.status);
  const who = member.name ?? t('campaigns.members.restricted');

  return (
    <div className={styles.statusCell}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('campaigns.members.statusOf', { name: who })}
      </label>
      <select
        id={selectId}
        className={select.select}
        value={member.status}
        disabled={loading}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid="member-status-select"
        onChange={(event) => {
          reset();
          // The member updates in place (normalised cache); responses may have changed.
          void update({ variables: { id: member.id, status: event.target.value } })
            .then(() => refresh({ stats: true }))
            .catch(() => undefined);
        }}
      >
        {!known && <option value={member.status}>{member.status}</option>}
        {statuses.map((status) => (
          <option key={status.id} value={status.label}>
            {status.label}
          </option>
        ))}
      </select>
      <MutationError error={error} id={errorId} />
    </div>
  );
}

/** Remove, with a confirmation step in place. */
function RemoveMemberCell({ campaignId, member }: MemberCellProps) {
  const { t } = useTranslation();
  const refresh = useRefreshCampaign(campaignId);
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(DeleteCampaignMemberDocument);
  const who = member.name ?? t('campaigns.members.restricted');

  const onConfirm = async () => {
    try {
      await remove({
        variables: { id: member.id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'CampaignMember', id: member.id }) });
          cache.gc();
        },
      });
      await refresh({ stats: true, members: true });
    } catch {
      // shown by <MutationError>
    }
  };

  if (!confirming) {
    return (
      <Button
        variant="ghost"
        size="sm"
        className={styles.remove}
        onClick={() => setConfirming(true)}
        aria-label={t('campaigns.members.removeNamed', { name: who })}
        data-testid="member-remove"
      >
        {t('campaigns.members.remove')}
      </Button>
    );
  }
  return (
    <div className={styles.confirm}>
      <Button variant="secondary" size="sm" disabled={loading} onClick={() => void onConfirm()} data-testid="member-remove-confirm">
        {t('campaigns.members.confirmRemove')}
      </Button>
      <Button variant="ghost" size="sm" disabled={loading} onClick={() => setConfirming(false)}>
        {t('campaigns.cancel')}
      </Button>
      <MutationError error={error} />
    </div>
  );
}
