import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';
import { CurrentUserDocument } from '@/gql/graphql';

import { useSignOut } from '../hooks/use-sign-out';
import styles from './current-user.module.css';

/** Name and role of the signed-in user, with the sign-out action. */
export function CurrentUser() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(CurrentUserDocument);
  const signOut = useSignOut();
  const me = data?.me;

  return (
    <section className={styles.user} aria-label={t('auth.userLabel')}>
      {me ? (
        <div className={styles.identity}>
          <span className={styles.name} data-testid="current-user-name">
            {me.name}
          </span>
          <span className={styles.role} data-testid="current-user-role">
            {t(`roles.${me.role}`, { defaultValue: me.role })}
          </span>
        </div>
      ) : (
        loading && <Spinner label={t('auth.loadingUser')} />
      )}
      <Button variant="secondary" size="sm" onClick={() => void signOut()} data-testid="sign-out">
        {t('auth.signOut')}
      </Button>
    </section>
  );
}
