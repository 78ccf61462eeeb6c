import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { TerritoryModelSummaryFragment } from '@/gql/graphql';

import { ModelStateBadge } from './model-state-badge';
import styles from './model-picker.module.css';

export interface ModelPickerProps {
  /** Sorted: the active model first. */
  models: readonly TerritoryModelSummaryFragment[];
  selectedId: string | null;
  hrefFor: (modelId: string) => string;
}

/** The organisation's territory models as links (the choice lives in the URL). */
export function ModelPicker({ models, selectedId, hrefFor }: ModelPickerProps) {
  const { t } = useTranslation();
  return (
    <nav className={styles.picker} aria-label={t('territories.models.label')} data-testid="model-picker">
      <ul className={styles.list}>
        {models.map((model) => {
          const selected = model.id === selectedId;
          return (
            <li key={model.id}>
              <Link
                to={hrefFor(model.id)}
                className={selected ? `${styles.option} ${styles.selected}` : styles.option}
                aria-current={selected ? 'true' : undefined}
                data-id={model.id}
                data-name={model.name}
                data-state={model.state}
                data-testid="model-option"
              >
                <span className={styles.name}>{model.name}</span>
                <ModelStateBadge state={model.state} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
