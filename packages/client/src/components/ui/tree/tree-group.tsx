import type { CSSProperties, ReactNode } from 'react';

import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';

import styles from './tree.module.css';
import { useTreeState } from './tree-context';
import type { TreeItemPosition } from './tree-item';

export interface TreeGroupProps<T> {
  /** The children's level. */
  level: number;
  /** The children; undefined while they load or when loading failed (`error`). */
  items: readonly T[] | undefined;
  error?: unknown;
  onRetry: () => void;
  /** A `TreeItem` (with its key) for each child. */
  renderItem: (item: T, position: TreeItemPosition) => ReactNode;
}

/** The children of an expanded `TreeItem`, or their loading or error state. */
export function TreeGroup<T>({ level, items, error, onRetry, renderItem }: TreeGroupProps<T>) {
  const { groupLabels: labels } = useTreeState();

  if (!items) {
    return (
      <div className={styles.groupStatus} style={{ '--level': level - 1 } as CSSProperties}>
        {error ? (
          <>
            <span role="alert">{labels.error}</span>
            <Button variant="secondary" size="sm" onClick={onRetry}>
              {labels.retry}
            </Button>
          </>
        ) : (
          <Spinner label={labels.loading} showLabel />
        )}
      </div>
    );
  }

  return (
    <ul role="group" className={styles.group}>
      {items.map((item, index) => renderItem(item, { level, posInSet: index + 1, setSize: items.length }))}
    </ul>
  );
}
