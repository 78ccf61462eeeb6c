import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { TerritoryTreeRootsDocument, type TerritoryModelSummaryFragment } from '@/gql/graphql';

import type { Quarter } from '../utils/quarter';
import { PeriodPicker } from './period-picker';
import { TerritoryTree } from './territory-tree';
import styles from './tree-section.module.css';

export interface TreeSectionProps {
  model: TerritoryModelSummaryFragment;
  quarter: Quarter;
  period: { periodStart: string; periodEnd: string };
  onQuarterChange: (quarter: Quarter) => void;
}

/** The model's territory tree with each territory's balance for the chosen quarter. */
export function TreeSection({ model, quarter, period, onQuarterChange }: TreeSectionProps) {
  const { t } = useTranslation();
  const query = useQuery(TerritoryTreeRootsDocument, {
    variables: { modelId: model.id, ...period },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const roots = query.data?.territoryModel.rootTerritories;

  return (
    <section className={layout.section} aria-labelledby="territory-tree-heading">
      <div className={layout.sectionHeaderTight}>
        <h2 id="territory-tree-heading" className={layout.sectionHeading}>
          {t('territories.tree.heading')}
        </h2>
        {query.loading && roots && <Spinner label={t('territories.updating')} />}
        <div className={styles.period}>
          <PeriodPicker quarter={quarter} onChange={onQuarterChange} />
        </div>
      </div>
      <p className={layout.lead}>{t('territories.tree.help')}</p>
      {query.error && !roots && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
              {t('territories.retry')}
            </Button>
          }
        >
          <span data-testid="territory-tree-error">{t('territories.tree.error')}</span>
        </Alert>
      )}
      {!roots && query.loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('territories.tree.loading')} showLabel />
        </div>
      )}
      {roots && roots.length === 0 && (
        <p className={layout.placeholder} data-testid="territory-tree-empty">
          {t('territories.tree.empty')}
        </p>
      )}
      {roots && roots.length > 0 && (
        <>
          <TerritoryTree roots={roots} period={period} label={t('territories.tree.label', { name: model.name })} />
          <p className={layout.hint}>{t('territories.tree.keyboardHint')}</p>
        </>
      )}
    </section>
  );
}
