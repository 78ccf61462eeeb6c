import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import {
  SetupDeleteCompetitorDocument,
  SetupDeleteLostReasonDocument,
  SetupPicklistsDocument,
  SetupUpdateCompetitorDocument,
  SetupUpdateLostReasonDocument,
  type SetupCompetitorFragment,
  type SetupLostReasonFragment,
} from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { CompetitorDialog } from '../components/competitor-dialog';
import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { LostReasonDialog } from '../components/lost-reason-dialog';
import { SetupPage } from '../components/setup-page';
import { useDelete } from '../hooks/use-delete';
import { useSetupAccess } from '../hooks/use-setup-access';
import styles from '../setup.module.css';

type Competitor = SetupCompetitorFragment;
type Reason = SetupLostReasonFragment;
const refetch = { refetchQueries: [{ query: SetupPicklistsDocument }], awaitRefetchQueries: true };

/** /setup/picklists: the opportunity competitor and lost-reason picklists. */
export function PicklistsRoute() {
  const { t } = useTranslation();
  const { canSetup } = useSetupAccess();
  const query = useQuery(SetupPicklistsDocument, { skip: !canSetup });
  const [competitor, setCompetitor] = useState<Competitor | 'new' | null>(null);
  const [reason, setReason] = useState<Reason | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updateCompetitor] = useMutation(SetupUpdateCompetitorDocument);
  const [updateReason] = useMutation(SetupUpdateLostReasonDocument);
  const [removeCompetitor] = useMutation(SetupDeleteCompetitorDocument, refetch);
  const [removeReason] = useMutation(SetupDeleteLostReasonDocument, refetch);
  const delCompetitor = useDelete<Competitor>((id) => removeCompetitor({ variables: { id } }));
  const delReason = useDelete<Reason>((id) => removeReason({ variables: { id } }));
  const competitors = query.data?.competitors ?? [];
  const reasons = [...(query.data?.lostReasons ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(serverMessage(e) ?? t('setup.network'));
    }
  };
  const status = (active: boolean) => (
    <span className={styles.badges}><Badge tone={active ? 'success' : 'neutral'}>{active ? t('setup.active') : t('setup.inactive')}</Badge></span>
  );
  const actions = (active: boolean, edit: () => void, toggle: () => Promise<unknown>, ask: () => void, kind: string) => (
    <div className={styles.actions}>
      <Button variant="secondary" size="sm" onClick={edit} data-testid={`${kind}-edit`}>{t('setup.edit')}</Button>
      <Button variant="secondary" size="sm" onClick={() => void run(toggle)} data-testid={`${kind}-toggle`}>{active ? t('setup.deactivate') : t('setup.activate')}</Button>
      <Button variant="ghost" size="sm" onClick={ask} data-testid={`${kind}-delete`}>{t('setup.delete')}</Button>
    </div>
  );

  const competitorColumns: TableColumn<Competitor>[] = [
    { id: 'name', header: t('setup.picklists.name'), cell: (c) => <strong>{c.name}</strong> },
    { id: 'strengths', header: t('setup.picklists.strengths'), cell: (c) => c.strengths || '—' },
    { id: 'weaknesses', header: t('setup.picklists.weaknesses'), cell: (c) => c.weaknesses || '—' },
    { id: 'status', header: t('setup.status'), cell: (c) => status(c.isActive) },
    {
      id: 'actions',
      header: t('setup.actions'),
      cell: (c) => actions(c.isActive, () => setCompetitor(c), () => updateCompetitor({ variables: { id: c.id, input: { isActive: !c.isActive } } }), () => delCompetitor.ask(c), 'competitor'),
    },
  ];
  const reasonColumns: TableColumn<Reason>[] = [
    { id: 'order', header: t('setup.picklists.order'), align: 'end', cell: (r) => r.sortOrder },
    { id: 'label', header: t('setup.picklists.label'), cell: (r) => <strong>{r.masterLabel}</strong> },
    { id: 'value', header: t('setup.picklists.value'), cell: (r) => <span className={styles.mono}>{r.apiName}</span> },
    { id: 'status', header: t('setup.status'), cell: (r) => status(r.isActive) },
    {
      id: 'actions',
      header: t('setup.actions'),
      cell: (r) => actions(r.isActive, () => setReason(r), () => updateReason({ variables: { id: r.id, input: { isActive: !r.isActive } } }), () => delReason.ask(r), 'lost-reason'),
    },
  ];

  return (
    <SetupPage title={t('setup.picklists.heading')} intro={t('setup.picklists.intro')}>
      {error && <Alert>{error}</Alert>}
      {query.error && !query.data && <Alert>{t('setup.error')}</Alert>}
      {!query.data && query.loading && <div className={layout.placeholder}><Spinner label={t('setup.loading')} showLabel /></div>}
      {query.data && (
        <>
          <section className={layout.section} aria-labelledby="competitors-heading">
            <div className={layout.sectionHeader}>
              <h2 id="competitors-heading" className={layout.sectionHeading}>{t('setup.picklists.competitors')}</h2>
              <Button size="sm" onClick={() => setCompetitor('new')} data-testid="competitor-new">{t('setup.picklists.newCompetitor')}</Button>
            </div>
            {competitors.length === 0 ? (
              <p className={layout.placeholderCompact}>{t('setup.picklists.noCompetitors')}</p>
            ) : (
              <Table caption={t('setup.picklists.competitors')} columns={competitorColumns} rows={competitors} getRowKey={(c) => c.id}
                getRowProps={(c) => ({ className: c.isActive ? undefined : styles.inactiveRow, 'data-testid': 'competitor-row', 'data-name': c.name })} />
            )}
          </section>
          <section className={layout.section} aria-labelledby="lost-reasons-heading">
            <div className={layout.sectionHeader}>
              <h2 id="lost-reasons-heading" className={layout.sectionHeading}>{t('setup.picklists.lostReasons')}</h2>
              <Button size="sm" onClick={() => setReason('new')} data-testid="lost-reason-new">{t('setup.picklists.newReason')}</Button>
            </div>
            {reasons.length === 0 ? (
              <p className={layout.placeholderCompact}>{t('setup.picklists.noReasons')}</p>
            ) : (
              <Table caption={t('setup.picklists.lostReasons')} columns={reasonColumns} rows={reasons} getRowKey={(r) => r.id}
                getRowProps={(r) => ({ className: r.isActive ? undefined : styles.inactiveRow, 'data-testid': 'lost-reason-row', 'data-name': r.apiName })} />
            )}
          </section>
        </>
      )}
      {competitor && <CompetitorDialog key={competitor === 'new' ? 'new' : competitor.id} competitor={competitor === 'new' ? null : competitor} onClose={() => setCompetitor(null)} />}
      {reason && (
        <LostReasonDialog
          key={reason === 'new' ? 'new' : reason.id}
          reason={reason === 'new' ? null : reason}
          nextOrder={reasons.length ? Math.max(...reasons.map((r) => r.sortOrder)) + 1 : 1}
          onClose={() => setReason(null)}
        />
      )}
      <ConfirmDeleteDialog name={delCompetitor.row?.name ?? null} busy={delCompetitor.busy} error={delCompetitor.error} onConfirm={() => void delCompetitor.confirm()} onClose={delCompetitor.close} />
      <ConfirmDeleteDialog name={delReason.row?.masterLabel ?? null} busy={delReason.busy} error={delReason.error} onConfirm={() => void delReason.confirm()} onClose={delReason.close} />
    </SetupPage>
  );
}
