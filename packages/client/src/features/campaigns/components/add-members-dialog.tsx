import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { Spinner } from '@/components/ui/spinner/spinner';
import {
  AddCampaignMembersDocument,
  AddCampaignMembersFromFilterDocument,
  type CampaignMemberStatusFieldsFragment,
} from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { CANDIDATE_ACCOUNTS_LIMIT } from '../config';
import { useRefreshCampaign } from '../hooks/use-refresh-campaign';
import { useMemberCandidates, type CandidateCriteria, type CandidateKind } from '../hooks/use-member-candidates';
import styles from './add-members-dialog.module.css';
import { MutationError } from './mutation-error';

export interface MembersAdded {
  added: number;
  skipped: number;
}

export interface AddMembersDialogProps {
  open: boolean;
  onClose: () => void;
  campaignId: string;
  statuses: readonly CampaignMemberStatusFieldsFragment[];
  onAdded: (result: MembersAdded) => void;
}

const NO_CRITERIA: CandidateCriteria = { name: '', company: '', city: '', leadSource: '' };

export function AddMembersDialog(props: AddMembersDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} onClose={props.onClose} title={t('campaigns.addMembers.title')} size="lg" data-testid="add-members-dialog">
      {/* Mounted only while open: every opening starts from a clean form. */}
      {props.open && <AddMembersForm {...props} />}
    </Dialog>
  );
}

function AddMembersForm({ onClose, campaignId, statuses, onAdded }: AddMembersDialogProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const refresh = useRefreshCampaign(campaignId);
  const ids = { kind: useId(), status: useId(), results: useId(), error: useId() };

  const [kind, setKind] = useState<CandidateKind>('lead');
  const [criteria, setCriteria] = useState<CandidateCriteria>(NO_CRITERIA);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState(() => statuses.find((s) => s.isDefault)?.label ?? statuses[0]?.label ?? '');
  const [confirmAll, setConfirmAll] = useState(false);

  const { candidates, totalCount, filter, loading, stale, error, accountsCapped } = useMemberCandidates(campaignId, kind, criteria);
  const [addSelected, addSelectedState] = useMutation(AddCampaignMembersDocument);
  const [addAll, addAllState] = useMutation(AddCampaignMembersFromFilterDocument);
  const saving = addSelectedState.loading || addAllState.loading;
  const mutationError = addSelectedState.error ?? addAllState.error;

  const selectable = (candidates ?? []).filter((c) => !c.isMember);
  const allOnPageSelected = selectable.length > 0 && selectable.every((c) => selected.has(c.id));

  const changeKind = (next: CandidateKind) => {
    setKind(next);
    setSelected(new Set());
    setConfirmAll(false);
  };
  const changeCriteria = (field: keyof CandidateCriteria, value: string) => {
    setCriteria((current) => ({ ...current, [field]: value }));
    setSelected(new Set());
    setConfirmAll(false);
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const finish = async (result: MembersAdded) => {
    await refresh({ members: true, stats: true });
    onAdded(result);
    onClose();
  };

  const onAddSelected = async () => {
    addAllState.reset();
    const list = [...selected];
    try {
      const { data } = await addSelected({
        variables: {
          input: {
            campaignId,
            status: status || null,
            leadIds: kind === 'lead' ? list : null,
            contactIds: kind === 'contact' ? list : null,
          },
        },
      });
      if (data) await finish(data.addCampaignMembers);
    } catch {
      // shown by <MutationError>
    }
  };

  const onAddAll = async () => {
    if (!filter) return;
    addSelectedState.reset();
    try {
      const { data } = await addAll({
        variables: {
          input: {
            campaignId,
            status: status || null,
            leadFilter: filter.kind === 'lead' ? filter.filter : null,
            contactFilter: filter.kind === 'contact' ? filter.filter : null,
          },
        },
      });
      if (data) await finish(data.addCampaignMembersFromFilter);
    } catch {
      setConfirmAll(false);
    }
  };

  const criteriaFields: ReadonlyArray<{ key: keyof CandidateCriteria; label: string }> = [
    { key: 'name', label: t('campaigns.addMembers.filters.name') },
    { key: 'company', label: kind === 'lead' ? t('campaigns.addMembers.filters.company') : t('campaigns.addMembers.filters.account') },
    { key: 'city', label: t('campaigns.addMembers.filters.city') },
    { key: 'leadSource', label: t('campaigns.addMembers.filters.leadSource') },
  ];
  const kindLabel = kind === 'lead' ? t('campaigns.addMembers.leads') : t('campaigns.addMembers.contacts');

  return (
    <div className={styles.form}>
      <fieldset className={styles.kind}>
        <legend>{t('campaigns.addMembers.kindLegend')}</legend>
        {(['lead', 'contact'] as const).map((value) => (
          <label key={value} className={styles.radio}>
            <input
              type="radio"
              name={ids.kind}
              value={value}
              checked={kind === value}
              onChange={() => changeKind(value)}
              data-testid={`add-members-kind-${value}`}
            />
            {value === 'lead' ? t('campaigns.addMembers.leads') : t('campaigns.addMembers.contacts')}
          </label>
        ))}
      </fieldset>

      <div className={styles.filters} role="search" aria-label={t('campaigns.addMembers.filterLabel', { kind: kindLabel })}>
        {criteriaFields.map((field) => (
          <FilterInput
            key={field.key}
            label={field.label}
            value={criteria[field.key]}
            onChange={(value) => changeCriteria(field.key, value)}
            testId={`add-members-filter-${field.key}`}
          />
        ))}
      </div>
      {accountsCapped && (
        <p className={styles.note}>{t('campaigns.addMembers.accountsCapped', { count: CANDIDATE_ACCOUNTS_LIMIT, limit: format.number(CANDIDATE_ACCOUNTS_LIMIT) })}</p>
      )}

      <div className={styles.resultsHeader}>
        <p id={ids.results} className={styles.count} aria-live="polite" data-testid="add-members-count">
          {loading && (!candidates || stale) ? (
            <Spinner label={t('campaigns.addMembers.searching')} showLabel />
          ) : (
            t('campaigns.addMembers.matching', {
              shown: format.number(candidates?.length ?? 0),
              total: format.number(totalCount),
              kind: kindLabel,
            })
          )}
        </p>
        {selectable.length > 0 && (
          <label className={styles.checkLabel}>
            <input
              type="checkbox"
              checked={allOnPageSelected}
              onChange={(event) =>
                setSelected(event.target.checked ? new Set(selectable.map((c) => c.id)) : new Set())
              }
            />
            {t('campaigns.addMembers.selectAllShown')}
          </label>
        )}
      </div>

      {error && <MutationError error={error} />}

      <ul
        className={stale ? `${styles.results} ${styles.stale}` : styles.results}
        aria-labelledby={ids.results}
        aria-busy={stale || undefined}
        data-testid="add-members-results"
      >
        {(candidates ?? []).map((candidate) => {
          const details = [candidate.company, candidate.city, candidate.leadSource, candidate.email].filter(Boolean).join(' · ');
          return (
            <li key={candidate.id} data-testid="member-candidate" data-id={candidate.id} data-member={candidate.isMember}>
              <label className={candidate.isMember ? `${styles.candidate} ${styles.member}` : styles.candidate}>
                <input
                  type="checkbox"
                  checked={candidate.isMember || selected.has(candidate.id)}
                  disabled={candidate.isMember || saving}
                  onChange={(event) => toggle(candidate.id, event.target.checked)}
                />
                <span className={styles.candidateText}>
                  <span className={styles.candidateName}>{candidate.name}</span>
                  {details && <span className={styles.candidateDetails}>{details}</span>}
                  {candidate.isMember && <span className={styles.badge}>{t('campaigns.addMembers.alreadyMember')}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>

      <div className={styles.statusField}>
        <label htmlFor={ids.status}>{t('campaigns.addMembers.status')}</label>
        <select
          id={ids.status}
          className={styles.select}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          data-testid="add-members-status"
        >
          {statuses.map((s) => (
            <option key={s.id} value={s.label} data-responded={s.hasResponded}>
              {s.hasResponded ? t('campaigns.addMembers.statusResponded', { label: s.label }) : s.label}
            </option>
          ))}
        </select>
      </div>

      <MutationError error={mutationError} id={ids.error} />

      <div className={styles.actions}>
        <Button variant="ghost" onClick={onClose} disabled={saving}>
          {t('campaigns.cancel')}
        </Button>
        {confirmAll ? (
          <span className={styles.confirm}>
            <span>{t('campaigns.addMembers.confirmAll', { count: totalCount, total: format.number(totalCount), kind: kindLabel })}</span>
            <Button variant="secondary" onClick={() => setConfirmAll(false)} disabled={saving}>
              {t('campaigns.cancel')}
            </Button>
            <Button onClick={() => void onAddAll()} disabled={saving} data-testid="add-members-all-confirm">
              {t('campaigns.addMembers.confirm')}
            </Button>
          </span>
        ) : (
          <Button
            variant="secondary"
            onClick={() => setConfirmAll(true)}
            disabled={saving || loading || stale || !filter || totalCount === 0}
            data-testid="add-members-all"
          >
            {t('campaigns.addMembers.addAll', { total: format.number(totalCount) })}
          </Button>
        )}
        <Button
          onClick={() => void onAddSelected()}
          disabled={saving || selected.size === 0}
          aria-describedby={mutationError ? ids.error : undefined}
          data-testid="add-members-selected"
        >
          {t('campaigns.addMembers.addSelected', { count: selected.size, n: format.number(selected.size) })}
        </Button>
      </div>
    </div>
  );
}

function FilterInput({ label, value, onChange, testId }: { label: string; value: string; onChange: (value: string) => void; testId: string }) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId} />
    </div>
  );
}
