import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { AccessFailure, AccessField } from '../hooks/use-user-updates';
import styles from './user-access-error.module.css';

export interface UserAccessErrorProps {
  field: AccessField;
  failure: AccessFailure | undefined;
  /** The row is the signed-in user's own (the server refuses locking oneself out). */
  self: boolean;
  /** For aria-describedby on the control the error belongs to. */
  id?: string;
}

function describe(t: TFunction, field: AccessField, failure: AccessFailure, self: boolean): string {
  if (failure.code === null && failure.message === null) return t('users.errors.network');
  if (failure.code === 'FORBIDDEN') return t('users.errors.forbidden');
  if (self && failure.code === 'BAD_USER_INPUT') return field === 'isActive' ? t('users.errors.selfDeactivate') : t('users.errors.selfRole');
  return failure.message ? t('users.errors.server', { message: failure.message }) : t('users.errors.network');
}

/** A refused or failed change, next to the role select or the activation button of its row. */
export function UserAccessError({ field, failure, self, id }: UserAccessErrorProps) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p id={id} className={styles.error} role="alert" data-testid={`user-error-${field}`} data-code={failure.code ?? ''}>
      {describe(t, field, failure, self)}
    </p>
  );
}
