import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge/badge';
import { RecordSection, recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { paths } from '@/config/paths';
import {
  AccountCasesDocument,
  AccountOpportunitiesDocument,
  type AccountOpportunityRowFragment,
} from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { SECTION_ROWS } from '../config';
import { SectionState, useReportCount } from './section-state';

function OpportunityRows({ rows }: { rows: readonly AccountOpportunityRowFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className={s.rows}>
      {rows.map((o) => (
        <li key={o.id} className={s.row} data-testid="account-opportunity-row" data-open={String(!o.isClosed)}>
          <Link to={paths.opportunity.getHref(o.id)} className={s.rowTitle}>
            {o.name}
          </Link>
          <Badge tone={o.isWon ? 'success' : o.isClosed ? 'neutral' : 'info'}>{o.stageName}</Badge>
          <span className={s.rowMeta}>{t('accounts.sections.closes', { date: format.date(o.closeDate) })}</span>
          <span className={s.rowEnd}>{o.amount == null ? t('common.empty') : format.currency(o.amount)}</span>
        </li>
      ))}
    </ul>
  );
}

function OpportunitiesBody({ accountId, onCount }: { accountId: string; onCount: (n: number) => void }) {
  const { t } = useTranslation();
  const query = useQuery(AccountOpportunitiesDocument, { variables: { id: accountId, first: SECTION_ROWS } });
  const account = query.data?.account;
  useReportCount(account ? account.open.totalCount + account.closed.totalCount : null, onCount);
  if (!account) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (account.open.totalCount + account.closed.totalCount === 0) return <p className={s.muted}>{t('accounts.sections.noOpportunities')}</p>;
  return (
    <>
      <h3 className={s.subheading}>{t('accounts.sections.openOpportunities', { count: account.open.totalCount })}</h3>
      {account.open.nodes.length > 0 ? <OpportunityRows rows={account.open.nodes} /> : <p className={s.muted}>{t('accounts.sections.noOpen')}</p>}
      {account.closed.totalCount > 0 && (
        <>
          <h3 className={s.subheading}>{t('accounts.sections.closedOpportunities', { count: account.closed.totalCount })}</h3>
          <OpportunityRows rows={account.closed.nodes} />
        </>
      )}
    </>
  );
}

/** Open deals first (nearest close date), then the closed ones. */
export function AccountOpportunitiesSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [count, setCount] = useState<number | null>(null);
  return (
    <RecordSection title={t('accounts.sections.opportunities')} count={count} loadingLabel={t('accounts.sections.loading')} data-testid="section-opportunities">
      {() => <OpportunitiesBody accountId={accountId} onCount={setCount} />}
    </RecordSection>
  );
}

function CasesBody({ accountId, onCount }: { accountId: string; onCount: (n: number) => void }) {
  const { t } = useTranslation();
  const query = useQuery(AccountCasesDocument, { variables: { id: accountId, first: SECTION_ROWS } });
  const connection = query.data?.account.cases;
  useReportCount(connection?.totalCount, onCount);
  if (!connection) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (connection.nodes.length === 0) return <p className={s.muted}>{t('accounts.sections.noCases')}</p>;
  return (
    <ul className={s.rows}>
      {connection.nodes.map((c) => (
        <li key={c.id} className={s.row} data-testid="account-case-row">
          <span className={s.rowTitle}>
            {c.caseNumber} · {c.subject ?? t('common.empty')}
          </span>
          <Badge tone={c.isClosed ? 'neutral' : 'warning'}>{c.status}</Badge>
          <span className={s.rowMeta}>{c.priority}</span>
        </li>
      ))}
    </ul>
  );
}

export function AccountCasesSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [count, setCount] = useState<number | null>(null);
  return (
    <RecordSection title={t('accounts.sections.cases')} count={count} loadingLabel={t('accounts.sections.loading')} data-testid="section-cases">
      {() => <CasesBody accountId={accountId} onCount={setCount} />}
    </RecordSection>
  );
}
