import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import {
  CampaignDetailDocument,
  CreateCampaignMemberStatusDocument,
  DeleteCampaignMemberStatusDocument,
  UpdateCampaignMemberStatusDefinitionDocument,
  type CampaignMemberStatusFieldsFragment,
  type UpdateCampaignMemberStatusInput,
} from '@/gql/graphql';

import { useRefreshCampaign } from '../hooks/use-refresh-campaign';
import styles from './member-statuses-panel.module.css';
import { MutationError } from './mutation-error';

export interface MemberStatusesPanelProps {
  campaignId: string;
  statuses: readonly CampaignMemberStatusFieldsFragment[];
}

/**
 * The campaign's member-status picklist. The server enforces the rules (unique labels, one
 * default, at least one responded status, no deleting a status in use); its refusals are
 * shown next to the control that caused them.
 */
export function MemberStatusesPanel({ campaignId, statuses }: MemberStatusesPanelProps) {
  const { t } = useTranslation();
  const defaultGroup = useId();

  return (
    <section className={layout.section} aria-labelledby="member-statuses-heading" data-testid="member-statuses">
      <h2 id="member-statuses-heading" className={layout.sectionHeading}>
        {t('campaigns.memberStatuses.heading')}
      </h2>
      <p className={layout.lead}>{t('campaigns.memberStatuses.help')}</p>
      <ul className={styles.list}>
        {statuses.map((status) => (
          <StatusRow key={status.id} campaignId={campaignId} status={status} statuses={statuses} defaultGroup={defaultGroup} />
        ))}
      </ul>
      <AddStatusForm campaignId={campaignId} />
    </section>
  );
}

type Control = 'label' | 'hasResponded' | 'isDefault' | 'delete';

/**
 * The picklist as it will be after `input` is applied to `status` (a new default clears the
 * others), for an optimistic answer: the controls move at once; a refusal rolls it back.
 */
function optimisticPicklist(
  statuses: readonly CampaignMemberStatusFieldsFragment[],
  id: string,
  input: UpdateCampaignMemberStatusInput,
): CampaignMemberStatusFieldsFragment[] {
  return statuses.map((s) => {
    const next = { ...s, __typename: 'CampaignMemberStatus' as const };
    if (s.id === id) {
      if (input.label != null) next.label = input.label;
      if (input.hasResponded != null) next.hasResponded = input.hasResponded;
      if (input.isDefault) next.isDefault = true;
    } else if (input.isDefault) {
      next.isDefault = false;
    }
    return next;
  });
}

function StatusRow({
  campaignId,
  status,
  statuses,
  defaultGroup,
}: {
  campaignId: string;
  status: CampaignMemberStatusFieldsFragment;
  statuses: readonly CampaignMemberStatusFieldsFragment[];
  defaultGroup: string;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshCampaign(campaignId);
  const ids = { label: useId(), responded: useId(), error: useId() };
  const [label, setLabel] = useState(status.label);
  const [failed, setFailed] = useState<{ control: Control; error: unknown } | null>(null);
  const [update, updateState] = useMutation(UpdateCampaignMemberStatusDefinitionDocument);
  const [remove, removeState] = useMutation(DeleteCampaignMemberStatusDocument);
  const busy = updateState.loading || removeState.loading;
  const describe = (control: Control) => (failed?.control === control ? ids.error : undefined);

  // A rename elsewhere (or a refetch) brings a new label: start editing from it.
  const [seenLabel, setSeenLabel] = useState(status.label);
  if (seenLabel !== status.label) {
    setSeenLabel(status.label);
    setLabel(status.label);
  }

  const save = async (control: Control, input: UpdateCampaignMemberStatusInput) => {
    setFailed(null);
    try {
      // The response carries the campaign's whole picklist (a new default clears the others).
      const picklist = optimisticPicklist(statuses, status.id, input);
      // __typename (not in the generated types) lets the cache normalise the optimistic answer.
      const campaign = { __typename: 'Campaign' as const, id: campaignId, memberStatuses: picklist };
      await update({
        variables: { id: status.id, input },
        optimisticResponse: { updateCampaignMemberStatus: { ...picklist.find((s) => s.id === status.id)!, campaign } },
      });
      // Members follow a renamed status or a changed "responded" flag; responses follow the flag.
      if (control === 'label' || control === 'hasResponded') {
        await refresh({ members: true, stats: control === 'hasResponded' });
      }
    } catch (error) {
      setFailed({ control, error });
      if (control === 'label') setLabel(status.label);
    }
  };

  const onRename = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === status.label) return;
    void save('label', { label: label.trim() });
  };

  const onDelete = async () => {
    setFailed(null);
    try {
      await remove({
        variables: { id: status.id },
        refetchQueries: [{ query: CampaignDetailDocument, variables: { id: campaignId } }],
        awaitRefetchQueries: true,
      });
    } catch (error) {
      setFailed({ control: 'delete', error });
    }
  };

  return (
    <li className={styles.row} data-testid="member-status" data-label={status.label}>
      <form className={styles.rename} onSubmit={onRename}>
        <label htmlFor={ids.label} className="visually-hidden">
          {t('campaigns.memberStatuses.labelOf', { label: status.label })}
        </label>
        <input
          id={ids.label}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          maxLength={765}
          aria-invalid={failed?.control === 'label' || undefined}
          aria-describedby={describe('label')}
          data-testid="member-status-label"
        />
        <Button type="submit" variant="secondary" size="sm" disabled={busy || label.trim() === status.label || !label.trim()}>
          {t('campaigns.memberStatuses.rename')}
        </Button>
      </form>
      <div className={styles.flags}>
        <label className={styles.check}>
          <input
            id={ids.responded}
            type="checkbox"
            checked={status.hasResponded}
            disabled={busy}
            onChange={(event) => void save('hasResponded', { hasResponded: event.target.checked })}
            aria-describedby={describe('hasResponded')}
            data-testid="member-status-responded"
          />
          {t('campaigns.memberStatuses.responded')}
        </label>
        <label className={styles.check}>
          <input
            type="radio"
            name={defaultGroup}
            checked={status.isDefault}
            disabled={busy}
            onChange={() => void save('isDefault', { isDefault: true })}
            aria-describedby={describe('isDefault')}
            data-testid="member-status-default"
          />
          {t('campaigns.memberStatuses.default')}
        </label>
        <Button
          variant="ghost"
          size="sm"
          className={styles.delete}
          disabled={busy}
          onClick={() => void onDelete()}
          aria-label={t('campaigns.memberStatuses.deleteNamed', { label: status.label })}
          aria-describedby={describe('delete')}
          data-testid="member-status-delete"
        >
          {t('campaigns.memberStatuses.delete')}
        </Button>
      </div>
      {failed && (
        <div className={styles.error}>
          <MutationError error={failed.error} id={ids.error} />
        </div>
      )}
    </li>
  );
}

function AddStatusForm({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const ids = { label: useId(), error: useId() };
  const [label, setLabel] = useState('');
  const [hasResponded, setHasResponded] = useState(false);
  const [create, { loading, error, reset }] = useMutation(CreateCampaignMemberStatusDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    try {
      await create({ variables: { input: { campaignId, label: label.trim(), hasResponded } } });
      setLabel('');
      setHasResponded(false);
    } catch {
      // shown by <MutationError>
    }
  };

  return (
    <form className={styles.add} onSubmit={(event) => void onSubmit(event)} data-testid="member-status-add">
      <div className={styles.addField}>
        <label htmlFor={ids.label}>{t('campaigns.memberStatuses.newLabel')}</label>
        <input
          id={ids.label}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          maxLength={765}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
        />
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={hasResponded} onChange={(event) => setHasResponded(event.target.checked)} />
        {t('campaigns.memberStatuses.responded')}
      </label>
      <Button type="submit" size="sm" disabled={loading || !label.trim()}>
        {t('campaigns.memberStatuses.add')}
      </Button>
      <div className={styles.addError}>
        <MutationError error={error} id={ids.error} />
      </div>
    </form>
  );
}
