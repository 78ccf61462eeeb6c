import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';

import { useTeamPipeline } from '../hooks/use-team-pipeline';
import styles from './home.module.css';
import { Widget } from './widget';

/** Managers: open deals per stage (count and amount), bars scaled to the largest amount. */
export function PipelineWidget() {
  const { t } = useTranslation();
  const format = useFormatters();
  const pipeline = useTeamPipeline(true);
  const rows = pipeline.rows ?? [];
  const max = Math.max(1, ...rows.map((r) => r.amount));
  const totalAmount = rows.reduce((sum, r) => sum + r.amount, 0);

  return (
    <Widget
      title={t('home.pipeline.title')}
      link={{ to: paths.opportunityBoard.getHref(), label: t('home.pipeline.board') }}
      loading={pipeline.loading}
      error={pipeline.error}
      onRetry={pipeline.retry}
      data-testid="home-pipeline"
    >
      {pipeline.rows && (
        <>
          <p className={styles.pipelineTotal} data-testid="home-pipeline-total" data-count={pipeline.total}>
            {t('home.pipeline.total', { count: pipeline.total, amount: format.currency(totalAmount) })}
          </p>
          <ul className={styles.bars}>
            {rows.map((r) => (
              <li key={r.stageName} className={styles.bar} data-testid="home-pipeline-stage" data-stage={r.stageName} data-count={r.count}>
                <span className={styles.barLabel}>
                  <span className={styles.barName}>{r.label}</span>
                  <span className={styles.barValue}>
                    {t('home.pipeline.stage', { count: r.count, amount: format.currency(r.amount) })}
                  </span>
                </span>
                <span className={styles.barTrack} aria-hidden="true">
                  <span className={styles.barFill} style={{ width: `${(r.amount / max) * 100}%` }} />
                </span>
              </li>
            ))}
          </ul>
          {pipeline.partial && <p className={styles.more}>{t('home.pipeline.partial')}</p>}
        </>
      )}
    </Widget>
  );
}
