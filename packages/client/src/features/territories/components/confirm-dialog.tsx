import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';

import { FormError } from './form-error';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** The server's message when the action failed (null: no message), undefined: no failure. */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
  'data-testid'?: string;
}

/** "Are you sure?" before an action that changes the organisation's territories. */
export function ConfirmDialog({ open, title, children, confirmLabel, busy, error, onConfirm, onClose, ...rest }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      data-testid={rest['data-testid']}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('territories.cancel')}
          </Button>
          <Button onClick={onConfirm} disabled={busy} data-testid="confirm-action">
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
      <FormError message={error} />
    </Dialog>
  );
}
