import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';

import { UsersTable } from '../components/users-table';
import { useUsersViewer } from '../hooks/use-can-manage-users';
import { useSetupUsers } from '../hooks/use-setup-users';

/** /setup/users: every user of the organisation; administrators change roles and (de)activate. */
export function UsersRoute() {
  const { t } = useTranslation();
  const viewer = useUsersViewer();
  const list = useSetupUsers(viewer.canManage);
  const { users } = list;

  return (
    <div className={layout.page}>
      <title>{`${t('users.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('users.heading')}</h1>
        {list.loading && users && <Spinner label={t('users.updating')} />}
      </header>
      <p className={layout.lead}>{t('users.intro')}</p>

      {!viewer.me && viewer.loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('users.loading')} showLabel />
        </div>
      )}
      {!viewer.me && !viewer.loading && viewer.error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void viewer.refetch()}>
              {t('users.retry')}
            </Button>
          }
        >
          {t('users.error')}
        </Alert>
      )}
      {viewer.me && !viewer.canManage && (
        <Alert tone="info">
          <span data-testid="users-forbidden">{t('users.forbidden')}</span>
        </Alert>
      )}

      {viewer.canManage && (
        <>
          {list.error && !users && (
            <Alert
              action={
                <Button variant="secondary" size="sm" onClick={() => void list.refetch()}>
                  {t('users.retry')}
                </Button>
              }
            >
              <span data-testid="users-error">{t('users.error')}</span>
            </Alert>
          )}
          {!users && list.loading && (
            <div className={layout.placeholder}>
              <Spinner label={t('users.loading')} showLabel />
            </div>
          )}
          {users && users.length === 0 && (
            <p className={layout.placeholder} data-testid="users-empty">
              {t('users.empty')}
            </p>
          )}
          {users && users.length > 0 && viewer.me && (
            <>
              <UsersTable users={users} meId={viewer.me.id} busy={list.loading} />
              {list.totalCount > users.length && (
                <p className={layout.lead} data-testid="users-truncated">
                  {t('users.truncated', { shown: users.length, total: list.totalCount })}
                </p>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
