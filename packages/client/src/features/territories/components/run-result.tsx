import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import {
  ActiveTerritoryBaselineDocument,
  type AssignmentRunResultFieldsFragment,
  type TerritoryBalanceFieldsFragment,
  type TerritoryModelSummaryFragment,
} from '@/gql/graphql';
import { useFormatters } from '@/lib/format';
import { serverMessage } from '@/lib/server-error';

import { MOVES_MAX } from '../config';
import type { RunState } from '../hooks/use-assignment-run';
import { compactCurrency } from './territory-metrics';
import styles from './run-result.module.css';

export interface RunResultProps {
  model: TerritoryModelSummaryFragment;
  state: RunState;
  period: { periodStart: string; periodEnd: string };
  onShowMoreMoves: () => void;
  onClose: () => void;
}

type Balance = Pick<TerritoryBalanceFieldsFragment, 'accountCount' | 'totalAnnualRevenue' | 'totalEmployees' | 'openPipeline'>;

interface BalanceRow {
  id: string;
  name: string;
  /** null: the territory has no counterpart in the active model. */
  before: Balance | null;
  after: Balance;
  changed: boolean;
}

const COUNTS = ['accountsEvaluated', 'assignmentsAdded', 'assignmentsRemoved', 'accountsAssigned', 'accountsWithoutTerritory', 'movesTotalCount'] as const;

/**
 * What a run did or a preview would do: counts, the accounts that change territories (from the
 * active model to this model) and every territory's balance before and after. For a model that
 * is not the active one, "before" is the active model's territory of the same name (as for the
 * moves): the server's own "before" is the model's current assignments, which for a fresh
 * planning copy are only the manual ones.
 */
export function RunResult({ model, state, period, onShowMoreMoves, onClose }: RunResultProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result, error, loading, kind } = state;
  const compareWithActive = kind === 'preview' && model.state !== 'ACTIVE';
  const title = kind === 'run' ? t('territories.run.ranTitle', { name: model.name }) : t('territories.run.previewTitle', { name: model.name });

  return (
    <section className={styles.panel} aria-labelledby={headingId} aria-busy={loading || undefined} data-testid="run-preview" data-kind={kind}>
      <header className={styles.header}>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        {loading && <Spinner label={kind === 'run' ? t('territories.run.running') : t('territories.run.previewing')} showLabel={!result} />}
        <Button variant="ghost" size="sm" onClick={onClose} className={styles.close} data-testid="run-preview-close">
          {t('territories.run.close')}
        </Button>
      </header>
      <p className={styles.explain}>
        {kind === 'run' ? t('territories.run.ranExplain') : compareWithActive ? t('territories.run.previewExplainPlanning') : t('territories.run.previewExplainActive')}
      </p>

      {error != null && (
        <Alert>
          <span data-testid="run-error">{serverMessage(error) ?? t('territories.errors.network')}</span>
        </Alert>
      )}

      {result && (
        <>
          <Counts result={result} />
          <Moves result={result} limit={state.movesLimit} loading={loading} canShowMore={kind === 'preview'} onShowMore={onShowMoreMoves} />
          <Balances result={result} compareWithActive={compareWithActive} period={period} />
        </>
      )}
    </section>
  );
}

function Counts({ result }: { result: AssignmentRunResultFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <dl className={styles.counts}>
      {COUNTS.map((key) => (
        <div key={key} className={styles.count}>
          <dt>{t(`territories.run.counts.${key}`)}</dt>
          <dd data-testid={`run-count-${key}`}>{format.number(result[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

function Moves({
  result,
  limit,
  loading,
  canShowMore,
  onShowMore,
}: {
  result: AssignmentRunResultFieldsFragment;
  limit: number;
  loading: boolean;
  canShowMore: boolean;
  onShowMore: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const names = (territories: readonly { name: string }[]) =>
    territories.length ? territories.map((x) => x.name).join(', ') : t('territories.run.noTerritory');
  const unlisted = result.movesTotalCount - result.moves.length;

  return (
    <div className={styles.block}>
      <h3 id={headingId} className={styles.subheading}>
        {t('territories.run.movesHeading', { count: result.movesTotalCount, formatted: format.number(result.movesTotalCount) })}
      </h3>
      {result.moves.length === 0 ? (
        <p className={styles.empty} data-testid="preview-moves-empty">
          {t('territories.run.noMoves')}
        </p>
      ) : (
        <ol className={styles.moves} aria-labelledby={headingId} data-testid="preview-moves">
          {result.moves.map((move) => {
            const name = move.account?.name ?? t('territories.run.hiddenAccount');
            return (
              <li key={move.accountId} className={styles.move} data-testid="move-row" data-account={name} data-account-id={move.accountId}>
                <span className={styles.moveAccount}>
                  <span className={styles.moveName}>{name}</span>
                  {move.account?.billingCountry && <span className={styles.moveCountry}>{move.account.billingCountry}</span>}
                </span>
                <span className={styles.moveWay}>
                  <span className={styles.moveFrom} data-testid="move-from">
                    {names(move.fromTerritories)}
                  </span>
                  <span aria-hidden="true" className={styles.arrow}>
                    →
                  </span>
                  <span className="visually-hidden">{t('territories.run.to')}</span>
                  <span className={styles.moveTo} data-testid="move-to">
                    {names(move.toTerritories)}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {unlisted > 0 && (
        <p className={styles.more}>
          <span>{t('territories.run.unlisted', { count: unlisted, formatted: format.number(unlisted) })}</span>
          {canShowMore && limit < MOVES_MAX && (
            <Button variant="secondary" size="sm" onClick={onShowMore} disabled={loading} data-testid="show-more-moves">
              {t('territories.run.showMoreMoves', { max: MOVES_MAX })}
            </Button>
          )}
        </p>
      )}
    </div>
  );
}

function Balances({
  result,
  compareWithActive,
  period,
}: {
  result: AssignmentRunResultFieldsFragment;
  compareWithActive: boolean;
  period: { periodStart: string; periodEnd: string };
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const baseline = useQuery(ActiveTerritoryBaselineDocument, { variables: period, skip: !compareWithActive, fetchPolicy: 'cache-and-network' });
  const activeByName = useMemo(() => {
    const map = new Map<string, Balance>();
    for (const territory of baseline.data?.activeTerritoryModel?.territories.nodes ?? []) {
      if (!map.has(territory.name)) map.set(territory.name, territory.metrics);
    }
    return map;
  }, [baseline.data]);

  const rows = useMemo<BalanceRow[]>(
    () =>
      result.territories.map((x) => {
        const before = compareWithActive ? (activeByName.get(x.territory.name) ?? null) : x.before;
        const after = x.after;
        const changed =
          !before ||
          before.accountCount !== after.accountCount ||
          before.totalAnnualRevenue !== after.totalAnnualRevenue ||
          before.openPipeline !== after.openPipeline;
        return { id: x.territoryId, name: x.territory.name, before, after, changed };
      }),
    [result.territories, compareWithActive, activeByName],
  );
  const shown = onlyChanged ? rows.filter((row) => row.changed) : rows;

  const pair = (row: BalanceRow, key: keyof Balance, kind: 'number' | 'currency') => {
    // Amounts in the short form ("$10.3B"); the cell's title has them in full.
    const fmt = (value: number) => (kind === 'number' ? format.number(value) : compactCurrency(format.locale, value));
    const full = (value: number) => (kind === 'number' ? format.number(value) : format.currency(value));
    const title = row.before ? `${full(row.before[key])} → ${full(row.after[key])}` : full(row.after[key]);
    const after = fmt(row.after[key]);
    if (!row.before) {
      return (
        <span className={styles.pair} title={title} data-testid={`balance-${key}`} data-before="" data-after={row.after[key]}>
          <span aria-hidden="true">{`${t('common.empty')} → ${after}`}</span>
          <span className="visually-hidden">{t('territories.run.newValue', { after })}</span>
        </span>
      );
    }
    const before = fmt(row.before[key]);
    const delta = row.after[key] - row.before[key];
    return (
      <span className={styles.pair} title={title} data-testid={`balance-${key}`} data-before={row.before[key]} data-after={row.after[key]}>
        <span aria-hidden="true">{`${before} → ${after}`}</span>
        <span className="visually-hidden">{t('territories.run.fromTo', { before, after })}</span>
        {delta !== 0 && (
          <span className={delta > 0 ? styles.up : styles.down}>
            {delta > 0 ? '+' : '−'}
            {fmt(Math.abs(delta))}
          </span>
        )}
      </span>
    );
  };

  const columns: TableColumn<BalanceRow>[] = [
    { id: 'name', header: t('territories.run.balance.territory'), cell: (row) => <span className={styles.territoryName}>{row.name}</span> },
    { id: 'accounts', header: t('territories.metrics.accountCount'), align: 'end', cell: (row) => pair(row, 'accountCount', 'number') },
    { id: 'revenue', header: t('territories.metrics.totalAnnualRevenue'), align: 'end', cell: (row) => pair(row, 'totalAnnualRevenue', 'currency') },
    { id: 'pipeline', header: t('territories.metrics.openPipeline'), align: 'end', cell: (row) => pair(row, 'openPipeline', 'currency') },
    { id: 'employees', header: t('territories.run.balance.employees'), align: 'end', cell: (row) => pair(row, 'totalEmployees', 'number') },
  ];

  return (
    <div className={styles.block}>
      <div className={styles.blockHeader}>
        <h3 className={styles.subheading}>{t('territories.run.balance.heading')}</h3>
        <label className={styles.check}>
          <input type="checkbox" checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} data-testid="balance-only-changed" />
          {t('territories.run.balance.onlyChanged')}
        </label>
      </div>
      <p className={styles.explain}>
        {compareWithActive ? t('territories.run.balance.explainPlanning') : t('territories.run.balance.explainActive')}
      </p>
      {compareWithActive && baseline.loading && !baseline.data && <Spinner label={t('territories.run.balance.loadingBaseline')} showLabel />}
      {shown.length === 0 ? (
        <p className={styles.empty}>{t('territories.run.balance.noChanges')}</p>
      ) : (
        <Table
          caption={t('territories.run.balance.heading')}
          columns={columns}
          rows={shown}
          getRowKey={(row) => row.id}
          getRowProps={(row) => ({ 'data-testid': 'balance-row', 'data-name': row.name, 'data-changed': String(row.changed) })}
        />
      )}
    </div>
  );
}
