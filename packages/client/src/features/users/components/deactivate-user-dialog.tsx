import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import type { UserRowFragment } from '@/gql/graphql';

export interface DeactivateUserDialogProps {
  /** The user to deactivate; null: closed. */
  user: UserRowFragment | null;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" before a user is signed out and locked out. */
export function DeactivateUserDialog({ user, busy, onConfirm, onClose }: DeactivateUserDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      title={t('users.confirmDeactivate.title', { name: user?.name ?? '' })}
      data-testid="user-deactivate-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('users.cancel')}
          </Button>
          <Button onClick={onConfirm} disabled={busy} aria-busy={busy || undefined} data-testid="confirm-deactivate">
            {t('users.deactivate')}
          </Button>
        </>
      }
    >
      <p>{t('users.confirmDeactivate.body', { name: user?.name ?? '' })}</p>
    </Dialog>
  );
}
