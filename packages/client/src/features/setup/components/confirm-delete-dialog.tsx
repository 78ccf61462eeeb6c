import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';

import styles from '../setup.module.css';

export interface ConfirmDeleteDialogProps {
  /** What is deleted (null: closed). */
  name: string | null;
  busy: boolean;
  /** The server's refusal (e.g. CONFLICT: still in use), shown in the dialog. */
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting a Setup value; a refusal stays in the dialog. */
export function ConfirmDeleteDialog({ name, busy, error, onConfirm, onClose }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={name !== null}
      onClose={onClose}
      title={t('setup.confirmDeleteTitle', { name: name ?? '' })}
      data-testid="confirm-delete"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('setup.cancel')}</Button>
          <Button onClick={onConfirm} disabled={busy} data-testid="confirm-delete-button">{t('setup.delete')}</Button>
        </>
      }
    >
      <p>{t('setup.confirmDelete')}</p>
      {error && <p className={styles.formError} role="alert" data-testid="delete-error">{error}</p>}
    </Dialog>
  );
}
