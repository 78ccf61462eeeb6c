import { useTranslation } from 'react-i18next';

import type { CaseQueuesQuery } from '@/gql/graphql';

import styles from './queue-tabs.module.css';

interface QueueTabsProps {
  queues: CaseQueuesQuery['caseQueues'];
  selected?: string | null;
  onSelect?: (origin: string) => void;
}

/** One tab per channel with its waiting count. */
export function QueueTabs({ queues, selected, onSelect }: QueueTabsProps) {
  const { t } = useTranslation();
  return (
    <div role="tablist" aria-label={t('cases.console.queues')} className={styles.tabs}>
      {queues.map((q) => (
        <button
          key={q.origin}
          type="button"
          role="tab"
          aria-selected={selected === q.origin}
          className={styles.tab}
          onClick={() => onSelect?.(q.origin)}
          data-testid={`queue-tab-${q.origin}`}
        >
          {t(`cases.origin.${q.origin}` as 'cases.origin.Phone', q.origin)}
          <span className={styles.count} data-testid={`queue-count-${q.origin}`}>
            {q.openCount}
          </span>
        </button>
      ))}
    </div>
  );
}
