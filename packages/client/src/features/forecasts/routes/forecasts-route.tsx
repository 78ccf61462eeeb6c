import { useState } from 'react';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import type { ForecastingRoleType, ForecastPeriodType } from '@/gql/graphql';

import { ForecastGrid } from '../components/forecast-grid';
import styles from '../components/forecasts.module.css';
import { useForecastGrid } from '../hooks/use-forecast-grid';
import { useForecastsT } from '../i18n';

/** Collaborative forecasts: the caller's forecast grid with period and hierarchy switches. */
export function ForecastsRoute() {
  const t = useForecastsT();
  const [roleType, setRoleType] = useState<ForecastingRoleType>('ROLE');
  const [periodType, setPeriodType] = useState<ForecastPeriodType>('MONTH');
  const [typeId, setTypeId] = useState('');
  const [rootId, setRootId] = useState<string | null>(null);
  const { types, grid, loading, error } = useForecastGrid({
    forecastingTypeId: typeId || null, roleType, periodType, rootId, periodCount: periodType === 'MONTH' ? 3 : 2,
  });
  const ofHierarchy = types.filter((x) => x.roleType === roleType);

  return (
    <div className={layout.page}>
      <header className={layout.pageHeader}>
        <h1>{t('title')}</h1>
      </header>
      <p className={layout.lead}>{t('lead')}</p>
      <div className={styles.controls}>
        <label>
          {t('hierarchy')}
          <select value={roleType} onChange={(e) => { setRoleType(e.target.value as ForecastingRoleType); setTypeId(''); setRootId(null); }} data-testid="forecast-hierarchy">
            <option value="ROLE">{t('hierarchyRole')}</option>
            <option value="TERRITORY">{t('hierarchyTerritory')}</option>
          </select>
        </label>
        <label>
          {t('period')}
          <select value={periodType} onChange={(e) => setPeriodType(e.target.value as ForecastPeriodType)} data-testid="forecast-period">
            <option value="MONTH">{t('month')}</option>
            <option value="QUARTER">{t('quarter')}</option>
          </select>
        </label>
        {ofHierarchy.length > 1 && (
          <label>
            {t('type')}
            <select value={typeId} onChange={(e) => { setTypeId(e.target.value); setRootId(null); }} data-testid="forecast-type">
              {ofHierarchy.map((x) => (
                <option key={x.id} value={x.id}>{x.masterLabel}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {rootId && (
        <Button variant="secondary" size="sm" onClick={() => setRootId(null)} data-testid="forecast-back">
          {t('back')}
        </Button>
      )}
      {periodType === 'QUARTER' && <p className={styles.hint}>{t('quarterHint')}</p>}
      {loading && <Spinner label={t('title')} />}
      {error && !grid && <Alert>{error.message.includes('forecasting type') ? t('noType') : t('failed')}</Alert>}
      {grid && (grid.rows.length ? <ForecastGrid grid={grid} onDrill={setRootId} /> : <p>{t('empty')}</p>)}
    </div>
  );
}
