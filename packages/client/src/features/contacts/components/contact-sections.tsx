import { useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import { RecordSection, recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import {
  ContactActivitiesDocument,
  ContactCampaignHistoryDocument,
  ContactCasesDocument,
  ContactOpportunitiesDocument,
  type ContactOpportunityRowFragment,
  type ContactTaskRowFragment,
} from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { SECTION_ROWS } from '../config';

function State({ loading, error, onRetry }: { loading: boolean; error?: ErrorLike; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error)
    return (
      <div className={s.row}>
        <span className={s.muted} role="alert">
          {t('contacts.sections.error')}
        </span>
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {t('contacts.retry')}
        </Button>
      </div>
    );
  return loading ? <Spinner label={t('contacts.sections.loading')} showLabel /> : null;
}

function OpportunityRows({ rows }: { rows: readonly ContactOpportunityRowFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className={s.rows}>
      {rows.map((o) => (
        <li key={o.id} className={s.row} data-testid="contact-opportunity-row">
          <Link to={paths.opportunity.getHref(o.id)} className={s.rowTitle}>
            {o.name}
          </Link>
          <Badge tone={o.isWon ? 'success' : o.isClosed ? 'neutral' : 'info'}>{o.stageName}</Badge>
          <span className={s.rowMeta}>{t('contacts.sections.closes', { date: format.date(o.closeDate) })}</span>
          <span className={s.rowEnd}>{o.amount == null ? t('common.empty') : format.currency(o.amount)}</span>
        </li>
      ))}
    </ul>
  );
}

function OpportunitiesBody({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const query = useQuery(ContactOpportunitiesDocument, { variables: { id: contactId, first: SECTION_ROWS } });
  const c = query.data?.contact;
  if (!c) return <State loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (c.open.totalCount + c.closed.totalCount === 0) return <p className={s.muted}>{t('contacts.sections.noOpportunities')}</p>;
  return (
    <>
      {c.open.totalCount > 0 && (
        <>
          <h3 className={s.subheading}>{t('contacts.sections.open', { count: c.open.totalCount })}</h3>
          <OpportunityRows rows={c.open.nodes} />
        </>
      )}
      {c.closed.totalCount > 0 && (
        <>
          <h3 className={s.subheading}>{t('contacts.sections.closed', { count: c.closed.totalCount })}</h3>
          <OpportunityRows rows={c.closed.nodes} />
        </>
      )}
    </>
  );
}

function CasesBody({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const query = useQuery(ContactCasesDocument, { variables: { id: contactId, first: SECTION_ROWS } });
  const cases = query.data?.contact.cases;
  if (!cases) return <State loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (cases.nodes.length === 0) return <p className={s.muted}>{t('contacts.sections.noCases')}</p>;
  return (
    <ul className={s.rows}>
      {cases.nodes.map((c) => (
        <li key={c.id} className={s.row} data-testid="contact-case-row">
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

function CampaignsBody({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useQuery(ContactCampaignHistoryDocument, { variables: { id: contactId, first: SECTION_ROWS } });
  const members = query.data?.contact.campaignMembers;
  if (!members) return <State loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (members.nodes.length === 0) return <p className={s.muted}>{t('contacts.sections.noCampaigns')}</p>;
  return (
    <ul className={s.rows}>
      {members.nodes.map((m) => (
        <li key={m.id} className={s.row} data-testid="contact-campaign-row">
          <Link to={paths.campaign.getHref(m.campaign.id)} className={s.rowTitle}>
            {m.campaign.name}
          </Link>
          <Badge tone={m.hasResponded ? 'success' : 'neutral'}>{m.status}</Badge>
          {m.firstRespondedDate && (
            <span className={s.rowMeta}>{t('contacts.sections.responded', { date: format.date(m.firstRespondedDate) })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function TaskRows({ rows }: { rows: readonly ContactTaskRowFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className={s.rows}>
      {rows.map((task) => (
        <li key={task.id} className={s.row} data-testid="contact-task-row">
          <span className={s.rowTitle}>{task.subject ?? t('common.empty')}</span>
          <Badge tone={task.isClosed ? 'neutral' : 'info'}>{task.status}</Badge>
          <span className={s.rowEnd}>{task.activityDate ? format.date(task.activityDate) : ''}</span>
        </li>
      ))}
    </ul>
  );
}

function ActivitiesBody({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useQuery(ContactActivitiesDocument, { variables: { id: contactId, first: SECTION_ROWS } });
  const c = query.data?.contact;
  if (!c) return <State loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (c.openTasks.totalCount + c.pastTasks.totalCount + c.events.totalCount === 0)
    return <p className={s.muted}>{t('contacts.sections.noActivities')}</p>;
  return (
    <>
      {c.openTasks.totalCount > 0 && <h3 className={s.subheading}>{t('contacts.sections.openTasks', { count: c.openTasks.totalCount })}</h3>}
      <TaskRows rows={c.openTasks.nodes} />
      {c.events.totalCount > 0 && <h3 className={s.subheading}>{t('contacts.sections.events', { count: c.events.totalCount })}</h3>}
      <ul className={s.rows}>
        {c.events.nodes.map((e) => {
          const when = e.startDateTime ?? e.activityDate;
          return (
            <li key={e.id} className={s.row} data-testid="contact-event-row">
              <span className={s.rowTitle}>{e.subject ?? t('common.empty')}</span>
              {e.location && <span className={s.rowMeta}>{e.location}</span>}
              <span className={s.rowEnd}>{when ? format.date(when) : ''}</span>
            </li>
          );
        })}
      </ul>
      {c.pastTasks.totalCount > 0 && <h3 className={s.subheading}>{t('contacts.sections.pastTasks', { count: c.pastTasks.totalCount })}</h3>}
      <TaskRows rows={c.pastTasks.nodes} />
    </>
  );
}

/** The contact page's related lists, each with its own query run when it scrolls into view. */
export function ContactSections({ contactId, withActivities = true }: { contactId: string; withActivities?: boolean }) {
  const { t } = useTranslation();
  const loading = t('contacts.sections.loading');
  return (
    <>
      <RecordSection title={t('contacts.sections.opportunities')} loadingLabel={loading} data-testid="section-opportunities">
        {() => <OpportunitiesBody contactId={contactId} />}
      </RecordSection>
      <RecordSection title={t('contacts.sections.cases')} loadingLabel={loading} data-testid="section-cases">
        {() => <CasesBody contactId={contactId} />}
      </RecordSection>
      <RecordSection title={t('contacts.sections.campaigns')} loadingLabel={loading} data-testid="section-campaigns">
        {() => <CampaignsBody contactId={contactId} />}
      </RecordSection>
      {withActivities && (
        <RecordSection title={t('contacts.sections.activities')} loadingLabel={loading} data-testid="section-activities">
          {() => <ActivitiesBody contactId={contactId} />}
        </RecordSection>
      )}
    </>
  );
}
