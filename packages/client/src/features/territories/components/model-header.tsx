import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import {
  ActivateTerritoryModelDocument,
  ActiveTerritoryBaselineDocument,
  CloneTerritoryModelDocument,
  TerritoryModelsDocument,
  type TerritoryModelSummaryFragment,
} from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { ConfirmDialog } from './confirm-dialog';
import { FormError } from './form-error';
import styles from './model-header.module.css';
import { ModelStateBadge } from './model-state-badge';

export interface ModelHeaderProps {
  model: TerritoryModelSummaryFragment;
  /** The organisation's active model (null: none). */
  active: TerritoryModelSummaryFragment | null;
  canManage: boolean;
  /** A preview or run of this model is on its way. */
  running: boolean;
  onCloned: (model: TerritoryModelSummaryFragment) => void;
  onPreview: () => void;
  onRun: () => Promise<boolean>;
}

/** The chosen model: its state, when its rules last ran, and what can be done with it. */
export function ModelHeader({ model, active, canManage, running, onCloned, onPreview, onRun }: ModelHeaderProps) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<'clone' | 'activate' | 'run' | null>(null);
  const [activate, activation] = useMutation(ActivateTerritoryModelDocument);
  const [activateError, setActivateError] = useState<string | null | undefined>(undefined);
  const lastRun = model.lastRunRulesEndDate
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(model.lastRunRulesEndDate),
      )
    : null;

  const onActivate = async () => {
    setActivateError(undefined);
    try {
      await activate({
        variables: { id: model.id },
        refetchQueries: [TerritoryModelsDocument, ActiveTerritoryBaselineDocument],
        awaitRefetchQueries: true,
      });
      setDialog(null);
    } catch (error) {
      setActivateError(serverMessage(error));
    }
  };

  return (
    <section className={styles.header} aria-labelledby="territory-model-heading" data-testid="model-header" data-state={model.state}>
      <div className={styles.identity}>
        <h2 id="territory-model-heading" className={styles.name} data-testid="model-name">
          {model.name}
        </h2>
        <ModelStateBadge state={model.state} />
      </div>
      {model.description && <p className={styles.description}>{model.description}</p>}
      <p className={styles.meta}>
        {t(`territories.models.explain.${model.state}`)}{' '}
        {lastRun ? t('territories.models.lastRun', { date: lastRun }) : t('territories.models.neverRun')}
      </p>
      {canManage && (
        <div className={styles.actions}>
          {model.state === 'ACTIVE' && (
            <Button onClick={() => setDialog('run')} disabled={running} data-testid="run-rules">
              {t('territories.actions.run')}
            </Button>
          )}
          {model.state !== 'ARCHIVED' && (
            <Button variant={model.state === 'ACTIVE' ? 'secondary' : 'primary'} onClick={onPreview} disabled={running} data-testid="preview-rules">
              {t('territories.actions.preview')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setDialog('clone')} data-testid="clone-model">
            {t('territories.actions.clone')}
          </Button>
          {model.state === 'PLANNING' && (
            <Button variant="secondary" onClick={() => setDialog('activate')} data-testid="activate-model">
              {t('territories.actions.activate')}
            </Button>
          )}
        </div>
      )}

      <CloneDialog open={dialog === 'clone'} model={model} onClose={() => setDialog(null)} onCloned={onCloned} />

      <ConfirmDialog
        open={dialog === 'activate'}
        title={t('territories.activate.title', { name: model.name })}
        confirmLabel={t('territories.actions.activate')}
        busy={activation.loading}
        error={activateError}
        onConfirm={() => void onActivate()}
        onClose={() => {
          setDialog(null);
          setActivateError(undefined);
        }}
        data-testid="activate-dialog"
      >
        <p className={styles.dialogText}>
          {active
            ? t('territories.activate.body', { name: model.name, active: active.name })
            : t('territories.activate.bodyNoActive', { name: model.name })}
        </p>
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog === 'run'}
        title={t('territories.run.confirmTitle', { name: model.name })}
        confirmLabel={t('territories.actions.run')}
        busy={running}
        onConfirm={() => {
          setDialog(null);
          void onRun();
        }}
        onClose={() => setDialog(null)}
        data-testid="run-dialog"
      >
        <p className={styles.dialogText}>{t('territories.run.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** "Clone to plan": a new PLANNING model, named by the user (names are unique). */
function CloneDialog({
  open,
  model,
  onClose,
  onCloned,
}: {
  open: boolean;
  model: TerritoryModelSummaryFragment;
  onClose: () => void;
  onCloned: (model: TerritoryModelSummaryFragment) => void;
}) {
  const { t } = useTranslation();
  const ids = { form: useId(), name: useId(), error: useId() };
  const [name, setName] = useState('');
  const [error, setError] = useState<{ field: 'name' | null; message: string | null } | null>(null);
  const [clone, { loading }] = useMutation(CloneTerritoryModelDocument);

  // Each opening starts from a suggested name.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setName(t('territories.clone.defaultName', { name: model.name }));
      setError(null);
    }
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await clone({
        variables: { id: model.id, name: name.trim() },
        refetchQueries: [TerritoryModelsDocument],
        awaitRefetchQueries: true,
      });
      if (data) {
        onClose();
        onCloned(data.cloneTerritoryModel);
      }
    } catch (e) {
      const errors = fieldErrors(e);
      const named = errors?.find((x) => x.field === 'name');
      setError(named ? { field: 'name', message: named.message } : { field: null, message: serverMessage(e) });
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('territories.clone.title', { name: model.name })}
      data-testid="clone-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={loading}>
            {t('territories.cancel')}
          </Button>
          <Button type="submit" form={ids.form} disabled={loading || !name.trim()} data-testid="clone-submit">
            {t('territories.clone.submit')}
          </Button>
        </>
      }
    >
      <form id={ids.form} className={styles.form} onSubmit={(event) => void onSubmit(event)}>
        <p className={styles.dialogText}>{t('territories.clone.body')}</p>
        <label htmlFor={ids.name} className={styles.label}>
          {t('territories.clone.name')}
        </label>
        <input
          id={ids.name}
          className={styles.input}
          value={name}
          maxLength={80}
          required
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error?.field === 'name' || undefined}
          aria-describedby={error ? ids.error : undefined}
          data-testid="clone-name"
        />
        {error && <FormError id={ids.error} message={error.message} data-testid={error.field === 'name' ? 'clone-name-error' : 'form-error'} />}
      </form>
    </Dialog>
  );
}
