import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import layout from '@/components/ui/layout/layout.module.css';
import { paths } from '@/config/paths';
import { CaseQueuesDocument } from '@/gql/graphql';

import { CaseCardList } from '../components/case-card-list';
import { QueueTabs } from '../components/queue-tabs';
import { useMyOpenCases } from '../hooks/use-my-cases';

/** The agent's home: their open cases by SLA urgency and the queues' counts. */
export function ServiceHomeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queues = useQuery(CaseQueuesDocument, { fetchPolicy: 'cache-and-network' });
  const mine = useMyOpenCases();
  return (
    <div className={layout.page}>
      <header className={layout.pageHeader}>
        <h1>{t('cases.home.title')}</h1>
        <Link to={paths.cases.getHref()} className={layout.pageHeaderLink}>{t('cases.console.title')}</Link>
      </header>
      <section className={layout.section}>
        <h2 className={layout.sectionHeading}>{t('cases.home.queues')}</h2>
        <QueueTabs queues={queues.data?.caseQueues ?? []} onSelect={(o) => void navigate(`${paths.cases.getHref()}?queue=${o}`)} />
      </section>
      <section className={layout.section}>
        <h2 className={layout.sectionHeading}>{t('cases.home.myCases')} ({mine.total})</h2>
        <CaseCardList cases={mine.cases} testId="service-my-cases" />
      </section>
    </div>
  );
}
