import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import select from '@/components/ui/select/select.module.css';
import type { UserRole, UserRowFragment } from '@/gql/graphql';

import { USER_ROLES } from '../config';
import type { RowUpdate } from '../hooks/use-user-updates';
import { UserAccessError } from './user-access-error';
import styles from './user-role-cell.module.css';

export interface UserRoleCellProps {
  user: UserRowFragment;
  update: RowUpdate;
  self: boolean;
  onChange: (role: UserRole) => void;
}

/** The user's role, saved as soon as another one is chosen. */
export function UserRoleCell({ user, update, self, onChange }: UserRoleCellProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const errorId = useId();
  const failure = update.errors.role;
  const value = update.pendingRole ?? user.role;

  return (
    <div className={styles.cell}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('users.roleOf', { name: user.name })}
      </label>
      <select
        id={selectId}
        className={select.select}
        value={value}
        disabled={update.pending !== null}
        aria-busy={update.pending === 'role' || undefined}
        aria-invalid={failure ? true : undefined}
        aria-describedby={failure ? errorId : undefined}
        data-testid="user-role-select"
        onChange={(event) => onChange(event.target.value as UserRole)}
      >
        {!USER_ROLES.includes(value) && <option value={value}>{value}</option>}
        {USER_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
      <UserAccessError field="role" failure={failure} self={self} id={errorId} />
    </div>
  );
}
