import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Table, type TableColumn } from '@/components/ui/table/table';
import type { UserRowFragment } from '@/gql/graphql';

import { useUserUpdates } from '../hooks/use-user-updates';
import { DeactivateUserDialog } from './deactivate-user-dialog';
import { UserActivationCell } from './user-activation-cell';
import { UserRoleCell } from './user-role-cell';
import { UserStatusBadge } from './user-status-badge';
import styles from './users-table.module.css';

/** An email that may wrap after its "@" (and nowhere else) when the column is narrow. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

export interface UsersTableProps {
  users: readonly UserRowFragment[];
  /** The signed-in administrator (their own row says so; the server refuses locking oneself out). */
  meId: string;
  busy?: boolean;
}

/** The organisation's users with their role and activation, both changed in place. */
export function UsersTable({ users, meId, busy }: UsersTableProps) {
  const { t } = useTranslation();
  const updates = useUserUpdates();
  const [deactivating, setDeactivating] = useState<UserRowFragment | null>(null);
  const empty = t('common.empty');

  const onConfirmDeactivate = async () => {
    if (!deactivating) return;
    // A refusal is shown on the row, next to the button, once the dialog has closed.
    await updates.save(deactivating.id, { isActive: false });
    setDeactivating(null);
  };

  const columns: TableColumn<UserRowFragment>[] = [
    {
      id: 'name',
      header: t('users.columns.name'),
      cell: (user) => (
        <span className={styles.identity}>
          <span className={styles.nameLine}>
            <span className={styles.name}>{user.name}</span>
            {user.id === meId && (
              <span className={styles.you} data-testid="user-you">
                {t('users.you')}
              </span>
            )}
          </span>
          <span className={styles.email} data-testid="user-email">
            <EmailText email={user.email} />
          </span>
        </span>
      ),
    },
    { id: 'title', header: t('users.columns.title'), cell: (user) => user.title || empty },
    {
      id: 'role',
      header: t('users.columns.role'),
      cell: (user) => (
        <UserRoleCell
          user={user}
          update={updates.stateOf(user.id)}
          self={user.id === meId}
          onChange={(role) => void updates.save(user.id, { role })}
        />
      ),
    },
    { id: 'manager', header: t('users.columns.manager'), cell: (user) => user.manager?.name ?? empty },
    { id: 'status', header: t('users.columns.status'), cell: (user) => <UserStatusBadge isActive={user.isActive} /> },
    {
      id: 'actions',
      header: t('users.columns.actions'),
      cell: (user) => (
        <UserActivationCell
          user={user}
          update={updates.stateOf(user.id)}
          self={user.id === meId}
          onDeactivate={() => setDeactivating(user)}
          onActivate={() => void updates.save(user.id, { isActive: true })}
        />
      ),
    },
  ];

  return (
    <>
      <Table
        caption={t('users.caption')}
        columns={columns}
        rows={users}
        busy={busy}
        getRowKey={(user) => user.id}
        getRowProps={(user) => ({
          className: user.isActive ? undefined : styles.inactiveRow,
          'data-testid': 'user-row',
          'data-id': user.id,
          'data-email': user.email,
          'data-name': user.name,
          'data-role': user.role,
          'data-active': String(user.isActive),
          'data-pending': updates.stateOf(user.id).pending ?? '',
        })}
      />
      <DeactivateUserDialog
        user={deactivating}
        busy={deactivating !== null && updates.stateOf(deactivating.id).pending === 'isActive'}
        onConfirm={() => void onConfirmDeactivate()}
        onClose={() => setDeactivating(null)}
      />
    </>
  );
}
