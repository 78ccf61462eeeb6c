import { useTranslation } from 'react-i18next';

import { Badge } from '@/components/ui/badge/badge';

import styles from './user-status-badge.module.css';

export function UserStatusBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge tone={isActive ? 'success' : 'neutral'} className={styles.badge} data-active={String(isActive)} data-testid="user-status">
      {isActive ? t('users.status.active') : t('users.status.inactive')}
    </Badge>
  );
}
