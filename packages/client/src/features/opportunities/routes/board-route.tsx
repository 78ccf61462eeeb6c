import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';

import { OpportunityBoard } from '../components/board/opportunity-board';
import { CLOSED_RECENT_DAYS, useBoard } from '../hooks/use-board';
import { useStages } from '../hooks/use-stages';
import styles from './board-route.module.css';

/** Kanban of the user's (or a manager's team's) opportunities by stage. */
export function BoardRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scope = params.get('scope') === 'team' ? 'team' : 'mine';
  const board = useBoard(scope);
  const { stages, loading: stagesLoading, error: stagesError } = useStages();
  const ready = stages.length > 0 && (board.cards.length > 0 || !board.loading);

  return (
    <div className={layout.page}>
      <title>{`${t('opportunities.board.title')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('opportunities.board.title')}</h1>
        {(board.loading || stagesLoading) && ready && <Spinner label={t('opportunities.updating')} />}
        <Link to={paths.opportunities.getHref()} className={layout.pageHeaderLink}>
          {t('opportunities.board.toList')}
        </Link>
      </header>
      <div className={styles.toolbar}>
        {board.isManager && (
          <div className={styles.scope} role="group" aria-label={t('opportunities.board.scope')}>
            {(['mine', 'team'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={scope === s} onClick={() => setParams(s === 'team' ? { scope: s } : {})}>
                {t(`opportunities.board.scopes.${s}`)}
              </button>
            ))}
          </div>
        )}
        <p className={styles.note}>{t('opportunities.board.hint', { days: CLOSED_RECENT_DAYS })}</p>
        {board.totalCount > board.cards.length && (
          <p className={styles.note} data-testid="board-truncated">
            {t('opportunities.board.truncated', { shown: board.cards.length, total: board.totalCount })}
          </p>
        )}
      </div>

      {board.failure && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={board.dismissFailure}>
              {t('opportunities.board.dismiss')}
            </Button>
          }
        >
          <span data-testid="board-move-error">
            {t('opportunities.board.moveFailed', {
              name: board.failure.name,
              message: board.failure.message ?? t('opportunities.board.network'),
            })}
          </span>
        </Alert>
      )}
      {(board.error || stagesError) && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={board.refetch}>
              {t('opportunities.retry')}
            </Button>
          }
        >
          {t('opportunities.error')}
        </Alert>
      )}
      {!ready && !board.error && (
        <div className={layout.placeholder}>
          <Spinner label={t('opportunities.loading')} showLabel />
        </div>
      )}
      {ready && (
        <OpportunityBoard
          stages={stages}
          cards={board.cards}
          pending={board.pending}
          stageOf={board.stageOf}
          onMove={board.move}
          onComplete={board.complete}
          onCancel={board.cancel}
        />
      )}
    </div>
  );
}
