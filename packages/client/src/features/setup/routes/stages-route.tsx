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
  SetupDeleteStageDocument,
  SetupReorderStagesDocument,
  SetupStagesDocument,
  SetupUpdateStageDocument,
  type SetupStageFragment,
} from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { SetupPage } from '../components/setup-page';
import { StageDialog } from '../components/stage-dialog';
import { useDelete } from '../hooks/use-delete';
import { useSetupAccess } from '../hooks/use-setup-access';
import styles from '../setup.module.css';

type Stage = SetupStageFragment;

/** /setup/stages: the opportunity path in order, moved up and down, edited, deactivated or deleted. */
export function StagesRoute() {
  const { t } = useTranslation();
  const { canSetup } = useSetupAccess();
  const query = useQuery(SetupStagesDocument, { skip: !canSetup });
  const [editing, setEditing] = useState<Stage | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reorder, reorderState] = useMutation(SetupReorderStagesDocument, { refetchQueries: [{ query: SetupStagesDocument }], awaitRefetchQueries: true });
  const [update, updateState] = useMutation(SetupUpdateStageDocument);
  const [remove] = useMutation(SetupDeleteStageDocument, { refetchQueries: [{ query: SetupStagesDocument }], awaitRefetchQueries: true });
  const del = useDelete<Stage>((id) => remove({ variables: { id } }));
  const stages = [...(query.data?.opportunityStages ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const busy = reorderState.loading || updateState.loading;

  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(serverMessage(e) ?? t('setup.network'));
    }
  };
  const move = (index: number, by: -1 | 1) => {
    const names = stages.map((s) => s.apiName);
    [names[index], names[index + by]] = [names[index + by], names[index]];
    void run(() => reorder({ variables: { apiNames: names } }));
  };

  const columns: TableColumn<Stage>[] = [
    {
      id: 'order',
      header: t('setup.stages.order'),
      cell: (s) => {
        const i = stages.indexOf(s);
        return (
          <div className={styles.orderButtons}>
            <Button variant="secondary" size="sm" disabled={busy || i === 0} aria-label={t('setup.stages.moveUp', { name: s.masterLabel })} onClick={() => move(i, -1)} data-testid="stage-up">↑</Button>
            <Button variant="secondary" size="sm" disabled={busy || i === stages.length - 1} aria-label={t('setup.stages.moveDown', { name: s.masterLabel })} onClick={() => move(i, 1)} data-testid="stage-down">↓</Button>
          </div>
        );
      },
    },
    {
      id: 'name',
      header: t('setup.stages.label'),
      cell: (s) => (
        <span className={styles.stack}>
          <strong>{s.masterLabel}{s.masterLabel !== s.apiName && <span className={styles.muted}> ({s.apiName})</span>}</strong>
          {s.guidance && <span className={styles.small}>{s.guidance}</span>}
          {s.keyFields.length > 0 && <span className={styles.small}>{t('setup.stages.keyFields')}: {s.keyFields.join(', ')}</span>}
        </span>
      ),
    },
    {
      id: 'probability',
      header: t('setup.stages.probabilityForecast'),
      cell: (s) => (
        <span className={styles.stack}>
          <span>{s.defaultProbability}%</span>
          <span className={styles.small}>{s.forecastCategoryName}</span>
        </span>
      ),
    },
    {
      id: 'status',
      header: t('setup.status'),
      cell: (s) => (
        <span className={styles.badges}>
          {s.isWon ? <Badge tone="success">{t('setup.stages.won')}</Badge> : s.isClosed ? <Badge tone="danger">{t('setup.stages.lost')}</Badge> : <Badge tone="info">{t('setup.stages.open')}</Badge>}
          <Badge tone={s.isActive ? 'success' : 'neutral'}>{s.isActive ? t('setup.active') : t('setup.inactive')}</Badge>
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('setup.actions'),
      cell: (s) => (
        <div className={styles.actions}>
          <Button variant="secondary" size="sm" onClick={() => setEditing(s)} data-testid="stage-edit">{t('setup.edit')}</Button>
          <Button variant="secondary" size="sm" disabled={busy} onClick={() => void run(() => update({ variables: { id: s.id, input: { isActive: !s.isActive } } }))} data-testid="stage-toggle">
            {s.isActive ? t('setup.deactivate') : t('setup.activate')}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => del.ask(s)} data-testid="stage-delete">{t('setup.delete')}</Button>
        </div>
      ),
    },
  ];

  return (
    <SetupPage title={t('setup.stages.heading')} intro={t('setup.stages.intro')} actions={<Button onClick={() => setEditing('new')} data-testid="stage-new">{t('setup.stages.new')}</Button>}>
      {error && <Alert>{error}</Alert>}
      {query.error && !query.data && <Alert>{t('setup.error')}</Alert>}
      {!query.data && query.loading && <div className={layout.placeholder}><Spinner label={t('setup.loading')} showLabel /></div>}
      {stages.length > 0 && (
        <Table
          caption={t('setup.stages.heading')}
          columns={columns}
          rows={stages}
          busy={busy}
          getRowKey={(s) => s.id}
          getRowProps={(s) => ({ className: s.isActive ? undefined : styles.inactiveRow, 'data-testid': 'stage-row', 'data-name': s.apiName })}
        />
      )}
      {editing && <StageDialog key={editing === 'new' ? 'new' : editing.id} stage={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDeleteDialog name={del.row?.masterLabel ?? null} busy={del.busy} error={del.error} onConfirm={() => void del.confirm()} onClose={del.close} />
    </SetupPage>
  );
}
