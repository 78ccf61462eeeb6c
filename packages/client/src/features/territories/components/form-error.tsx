import { useTranslation } from 'react-i18next';

import styles from './form-error.module.css';

export interface FormErrorProps {
  /** The server's message; null: the request failed without one (network, server down). */
  message: string | null | undefined;
  id?: string;
  'data-testid'?: string;
}

/** A refusal shown next to the input it concerns (or under a form for the rest). */
export function FormError({ message, id, ...rest }: FormErrorProps) {
  const { t } = useTranslation();
  if (message === undefined) return null;
  return (
    <p id={id} className={styles.error} role="alert" data-testid={rest['data-testid'] ?? 'form-error'}>
      {message ?? t('territories.errors.network')}
    </p>
  );
}
