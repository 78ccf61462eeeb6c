import { useTranslation } from 'react-i18next';

import { Badge, type BadgeTone } from '@/components/ui/badge/badge';
import type { TerritoryModelState } from '@/gql/graphql';

const TONES: Record<TerritoryModelState, BadgeTone> = { ACTIVE: 'success', PLANNING: 'warning', ARCHIVED: 'neutral' };

export function ModelStateBadge({ state }: { state: TerritoryModelState }) {
  const { t } = useTranslation();
  return (
    <Badge tone={TONES[state] ?? 'neutral'} data-state={state} data-testid="model-state">
      {t(`territories.states.${state}`)}
    </Badge>
  );
}
