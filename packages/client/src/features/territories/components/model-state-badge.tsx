import { useTranslation } from 'react-i18next';

import type { TerritoryModelState } from '@/gql/graphql';

import styles from './model-state-badge.module.css';

const TONES: Record<TerritoryModelState, string> = { ACTIVE: styles.active, PLANNING: styles.planning, ARCHIVED: styles.archived };

export function ModelStateBadge({ state }: { state: TerritoryModelState }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.badge} ${TONES[state] ?? ''}`} data-state={state} data-testid="model-state">
      {t(`territories.states.${state}`)}
    </span>
  );
}
