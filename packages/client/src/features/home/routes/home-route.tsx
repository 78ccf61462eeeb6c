import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';

import { ApprovalsWidget } from '../components/approvals-widget';
import { DealsWidget } from '../components/deals-widget';
import styles from '../components/home.module.css';
import { LeadsWidget } from '../components/leads-widget';
import { PipelineWidget } from '../components/pipeline-widget';
import { QuickLinks } from '../components/quick-links';
import { TodayWidget } from '../components/today-widget';
import { useHomeViewer } from '../hooks/use-home-viewer';

export interface HomeSlots {
  /** A global Log a Call (the activities feature's), composed by the router. */
  renderLogCall?: () => ReactNode;
}

/** The rep's home on a phone (and the desktop): today, deals, new leads; managers also the team's pipeline. */
export function HomeRoute({ renderLogCall }: HomeSlots) {
  const { t } = useTranslation();
  const viewer = useHomeViewer();
  const meId = viewer.me?.id;

  return (
    <div className={styles.page}>
      <title>{`${t('home.pageTitle')} · ${t('app.name')}`}</title>
      <header className={styles.header}>
        <h1 data-testid="page-heading">{viewer.me ? t('home.greeting', { name: viewer.me.name }) : t('home.heading')}</h1>
      </header>
      {viewer.error && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void viewer.refetch()}>
              {t('home.retry')}
            </Button>
          }
        >
          {t('home.error')}
        </Alert>
      )}
      <QuickLinks logCall={renderLogCall?.()} />
      <div className={styles.grid}>
        <TodayWidget ownerId={meId} />
        <DealsWidget ownerId={meId} />
        {viewer.isManager && <PipelineWidget />}
        {viewer.isManager && <ApprovalsWidget />}
        <LeadsWidget ownerId={meId} />
      </div>
    </div>
  );
}
