import { useTranslation } from 'react-i18next';

import { serverMessage } from '@/lib/server-error';

import styles from './mutation-error.module.css';

export interface MutationErrorProps {
  error: unknown;
  /** For aria-describedby on the control the error belongs to. */
  id?: string;
}

/** A failed change, shown next to its control with the server's message. */
export function MutationError({ error, id }: MutationErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = serverMessage(error);
  return (
    <p id={id} className={styles.error} role="alert" data-testid="mutation-error">
      {message ? t('campaigns.errors.server', { message }) : t('campaigns.errors.network')}
    </p>
  );
}
