import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import type { UserRowFragment } from '@/gql/graphql';

import type { RowUpdate } from '../hooks/use-user-updates';
import { UserAccessError } from './user-access-error';
import styles from './user-activation-cell.module.css';

export interface UserActivationCellProps {
  user: UserRowFragment;
  update: RowUpdate;
  self: boolean;
  /** Deactivate asks first (the owner opens a confirmation); activate saves at once. */
  onDeactivate: () => void;
  onActivate: () => void;
}

/** Deactivate an active user, activate an inactive one. */
export function UserActivationCell({ user, update, self, onDeactivate, onActivate }: UserActivationCellProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const failure = update.errors.isActive;
  const action = user.isActive ? 'deactivate' : 'activate';

  return (
    <div>
      <Button
        variant="secondary"
        size="sm"
        className={styles.button}
        disabled={update.pending !== null}
        aria-busy={update.pending === 'isActive' || undefined}
        aria-label={t(`users.${action}Named`, { name: user.name })}
        aria-describedby={failure ? errorId : undefined}
        onClick={user.isActive ? onDeactivate : onActivate}
        data-testid={`user-${action}`}
      >
        {t(`users.${action}`)}
      </Button>
      <UserAccessError field="isActive" failure={failure} self={self} id={errorId} />
    </div>
  );
}
