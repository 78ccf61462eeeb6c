import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { DEMO_CREDENTIALS } from '@/config/app';

import { useSignIn } from '../hooks/use-sign-in';
import styles from './sign-in-form.module.css';

export interface SignInFormProps {
  onSuccess: () => void;
}

export function SignInForm({ onSuccess }: SignInFormProps) {
  const { t } = useTranslation();
  const { signIn, loading, error } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailId = useId();
  const passwordId = useId();
  const hintId = useId();
  const errorId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await signIn({ email: email.trim(), password })) onSuccess();
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void onSubmit(event)}
      aria-describedby={error ? errorId : undefined}
      data-testid="sign-in-form"
    >
      {error && (
        <div id={errorId} data-testid="sign-in-error">
          <Alert>{t(`auth.signIn.${error}`)}</Alert>
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor={emailId}>{t('auth.signIn.email')}</label>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error === 'invalidCredentials' || undefined}
          aria-describedby={hintId}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={passwordId}>{t('auth.signIn.password')}</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={error === 'invalidCredentials' || undefined}
        />
      </div>
      <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
        {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </Button>
      <p id={hintId} className={styles.hint} data-testid="demo-hint">
        {t('auth.signIn.demoHint', DEMO_CREDENTIALS)}
      </p>
    </form>
  );
}
