import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';

import { AccountsWithoutTerritory } from '../components/accounts-without-territory';
import { ModelHeader } from '../components/model-header';
import { ModelPicker } from '../components/model-picker';
import { RulesPanel } from '../components/rules-panel';
import { RunResult } from '../components/run-result';
import { TreeSection } from '../components/tree-section';
import { MOVES_MAX } from '../config';
import { useAssignmentRun } from '../hooks/use-assignment-run';
import { useCanManageTerritories } from '../hooks/use-can-manage-territories';
import { TERRITORY_TABS, useTerritoriesView, type TerritoryTab } from '../hooks/use-territories-view';
import { useTerritoryModels } from '../hooks/use-territory-models';
import styles from './territories-route.module.css';

/**
 * /territories: the territory models (active first), the chosen model's tree with balance
 * metrics and teams, its assignment rules, rule runs and previews, and the accounts no
 * territory of it holds.
 */
export function TerritoriesRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const { view, update } = useTerritoriesView();
  const { models, active, selected: model, missing, loading, error, refetch } = useTerritoryModels(view.modelId);
  const canManage = useCanManageTerritories();
  const runs = useAssignmentRun();
  const tabRefs = useRef<Partial<Record<TerritoryTab, HTMLButtonElement | null>>>({});
  const runState = runs.state && model && runs.state.modelId === model.id ? runs.state : null;

  const hrefFor = (modelId: string) => {
    const params = new URLSearchParams(location.search);
    params.set('model', modelId);
    return `${location.pathname}?${params}`;
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TERRITORY_TABS.indexOf(view.tab);
    const next =
      event.key === 'ArrowRight' ? TERRITORY_TABS[(index + 1) % TERRITORY_TABS.length]
      : event.key === 'ArrowLeft' ? TERRITORY_TABS[(index + TERRITORY_TABS.length - 1) % TERRITORY_TABS.length]
      : event.key === 'Home' ? TERRITORY_TABS[0]
      : event.key === 'End' ? TERRITORY_TABS[TERRITORY_TABS.length - 1]
      : null;
    if (!next) return;
    event.preventDefault();
    update({ tab: next }, true);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className={layout.page}>
      <title>{`${t('territories.pageTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('territories.heading')}</h1>
        {loading && models && <Spinner label={t('territories.updating')} />}
      </header>
      <p className={layout.lead}>{t('territories.intro')}</p>

      {error && !models && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void refetch()}>
              {t('territories.retry')}
            </Button>
          }
        >
          <span data-testid="territories-error">{t('territories.models.error')}</span>
        </Alert>
      )}
      {!models && loading && (
        <div className={layout.placeholder}>
          <Spinner label={t('territories.models.loading')} showLabel />
        </div>
      )}
      {models && models.length === 0 && (
        <p className={layout.placeholder} data-testid="territory-models-empty">
          {t('territories.models.empty')}
        </p>
      )}
      {missing && (
        <Alert tone="info">
          <span data-testid="territory-model-missing">{t('territories.models.missing')}</span>
        </Alert>
      )}

      {models && models.length > 0 && <ModelPicker models={models} selectedId={model?.id ?? null} hrefFor={hrefFor} />}

      {model && (
        <>
          <ModelHeader
            model={model}
            active={active}
            canManage={canManage}
            running={Boolean(runState?.loading)}
            onCloned={(copy) => update({ modelId: copy.id, tab: 'rules' })}
            onPreview={() => void runs.preview(model.id)}
            onRun={() => runs.run(model.id)}
          />

          {runState && (
            <RunResult
              model={model}
              state={runState}
              period={view.period}
              onShowMoreMoves={() => void runs.preview(model.id, MOVES_MAX)}
              onClose={runs.clear}
            />
          )}

          <div className={styles.tabs} role="tablist" aria-label={t('territories.tabs.label')}>
            {TERRITORY_TABS.map((tab) => (
              <button
                key={tab}
                ref={(el) => {
                  tabRefs.current[tab] = el;
                }}
                type="button"
                role="tab"
                id={`territories-tab-${tab}`}
                aria-selected={view.tab === tab}
                aria-controls={`territories-panel-${tab}`}
                tabIndex={view.tab === tab ? 0 : -1}
                className={view.tab === tab ? `${styles.tab} ${styles.tabSelected}` : styles.tab}
                onClick={() => update({ tab })}
                onKeyDown={onTabKeyDown}
                data-testid={`tab-${tab}`}
              >
                {t(`territories.tabs.${tab}`)}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`territories-panel-${view.tab}`}
            aria-labelledby={`territories-tab-${view.tab}`}
            className={styles.panel}
          >
            {view.tab === 'tree' && (
              <TreeSection model={model} quarter={view.quarter} period={view.period} onQuarterChange={(quarter) => update({ quarter }, true)} />
            )}
            {view.tab === 'rules' && (
              <RulesPanel
                model={model}
                canManage={canManage}
                onChanged={() => {
                  if (runState?.kind === 'preview') runs.clear();
                }}
              />
            )}
            {view.tab === 'unassigned' && <AccountsWithoutTerritory modelId={model.id} />}
          </div>
        </>
      )}
    </div>
  );
}
