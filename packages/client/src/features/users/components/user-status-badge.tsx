import { useTranslation } from 'react-i18next';

import styles from './user-status-badge.module.css';

export function UserStatusBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${isActive ? styles.active : styles.inactive}`} data-active={String(isActive)} data-testid="user-status">
      {isActive ? t('users.status.active') : t('users.status.inactive')}
    </span>
  );
}
