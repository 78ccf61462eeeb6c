import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import select from '@/components/ui/select/select.module.css';
import { paths } from '@/config/paths';
import { CaseQueuesDocument, TakeNextCaseDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { CaseCardList } from '../components/case-card-list';
import { QueueTabs } from '../components/queue-tabs';
import { useMyOpenCases, useQueueCases } from '../hooks/use-my-cases';
import { CASE_PRIORITIES } from '../utils/sla';

/** The case console: channel queues with counts, take next, the agent's open cases. Filters in the URL. */
export function CasesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const queue = params.get('queue') ?? 'Phone';
  const priority = params.get('priority');
  const setParam = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const queues = useQuery(CaseQueuesDocument, { fetchPolicy: 'cache-and-network' });
  const waiting = useQueueCases(queue);
  const mine = useMyOpenCases(priority);
  const [take, taking] = useMutation(TakeNextCaseDocument);
  const [notice, setNotice] = useState<string | null>(null);

  const onTake = async () => {
    setNotice(null);
    try {
      const r = await take({ variables: { origin: queue } });
      const c = r.data?.takeNextCase;
      if (c) void navigate(paths.case.getHref(c.id));
      else setNotice(t('cases.console.nothing'));
      void queues.refetch();
      void waiting.refetch();
    } catch (e) {
      setNotice(serverMessage(e) ?? String(e));
    }
  };

  return (
    <div className={layout.page}>
      <header className={layout.pageHeader}>
        <h1>{t('cases.console.title')}</h1>
      </header>
      <section className={layout.section} aria-labelledby="queues-h">
        <h2 id="queues-h" className={layout.sectionHeading}>{t('cases.console.queues')}</h2>
        <QueueTabs queues={queues.data?.caseQueues ?? []} selected={queue} onSelect={(o) => setParam('queue', o)} />
        <div className={layout.sectionHeader}>
          <Button onClick={() => void onTake()} disabled={taking.loading} data-testid="take-next-case">
            {t('cases.console.takeNext')}
          </Button>
          <span className={layout.hint}>{t('cases.console.waiting', { origin: t(`cases.origin.${queue}` as 'cases.origin.Phone', queue) })}</span>
        </div>
        {notice && <Alert tone="info">{notice}</Alert>}
        <CaseCardList cases={waiting.cases} testId="queue-cases" />
      </section>
      <section className={layout.section} aria-labelledby="mine-h">
        <div className={layout.sectionHeader}>
          <h2 id="mine-h" className={layout.sectionHeading}>{t('cases.console.myOpen')} ({mine.total})</h2>
          <label>
            <span className={layout.hint}>{t('cases.console.filterPriority')} </span>
            <select className={select.select} value={priority ?? ''} onChange={(e) => setParam('priority', e.target.value || null)} data-testid="filter-priority">
              <option value="">{t('cases.console.all')}</option>
              {CASE_PRIORITIES.map((p) => (
                <option key={p} value={p}>{t(`cases.priority.${p}`)}</option>
              ))}
            </select>
          </label>
        </div>
        {mine.error && <Alert>{serverMessage(mine.error) ?? String(mine.error)}</Alert>}
        <CaseCardList cases={mine.cases} testId="my-cases" />
      </section>
    </div>
  );
}
