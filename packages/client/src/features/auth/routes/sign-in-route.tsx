import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { LanguageSwitcher } from '@/components/ui/language-switcher/language-switcher';
import { paths, safeRedirectTarget } from '@/config/paths';

import { SignInForm } from '../components/sign-in-form';
import { useAuthToken } from '../hooks/use-auth-token';
import { resetSigningOut } from '../utils/sign-out-intent';
import styles from './sign-in-route.module.css';

export function SignInRoute() {
  const { t } = useTranslation();
  const token = useAuthToken();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const target = safeRedirectTarget(searchParams.get('redirectTo')) ?? paths.home.getHref();

  useEffect(() => resetSigningOut(), []);

  if (token) return <Navigate to={target} replace />;

  return (
    <main className={styles.page} id="main">
      <title>{`${t('auth.signIn.pageTitle')} · ${t('app.name')}`}</title>
      <div className={styles.card}>
        <p className={styles.brand}>{t('app.name')}</p>
        <h1 className={styles.heading} data-testid="page-heading">
          {t('auth.signIn.heading')}
        </h1>
        <SignInForm onSuccess={() => void navigate(target, { replace: true })} />
      </div>
      <LanguageSwitcher className={styles.language} />
    </main>
  );
}
