import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Badge } from '@/components/ui/badge/badge';
import { RecordSection, recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { paths } from '@/config/paths';
import { AccountActivitiesDocument, AccountCampaignsDocument, AccountTerritoriesDocument, type AccountTaskRowFragment } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { SECTION_ROWS } from '../config';
import { SectionState } from './section-state';

function TaskRows({ rows }: { rows: readonly AccountTaskRowFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className={s.rows}>
      {rows.map((task) => (
        <li key={task.id} className={s.row} data-testid="account-task-row">
          <span className={s.rowTitle}>{task.subject ?? t('common.empty')}</span>
          <Badge tone={task.isClosed ? 'neutral' : 'info'}>{task.status}</Badge>
          {task.contact && (
            <Link to={paths.contact.getHref(task.contact.id)} className={s.rowMeta}>
              {task.contact.name}
            </Link>
          )}
          <span className={s.rowEnd}>{task.activityDate ? format.date(task.activityDate) : ''}</span>
        </li>
      ))}
    </ul>
  );
}

function ActivitiesBody({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useQuery(AccountActivitiesDocument, { variables: { id: accountId, first: SECTION_ROWS } });
  const a = query.data?.account;
  if (!a) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (a.openTasks.totalCount + a.pastTasks.totalCount + a.events.totalCount === 0) return <p className={s.muted}>{t('accounts.sections.noActivities')}</p>;
  return (
    <>
      {a.openTasks.totalCount > 0 && <h3 className={s.subheading}>{t('accounts.sections.openTasks', { count: a.openTasks.totalCount })}</h3>}
      {a.openTasks.nodes.length > 0 && <TaskRows rows={a.openTasks.nodes} />}
      {a.events.totalCount > 0 && <h3 className={s.subheading}>{t('accounts.sections.events', { count: a.events.totalCount })}</h3>}
      {a.events.nodes.length > 0 && (
        <ul className={s.rows}>
          {a.events.nodes.map((e) => (
            <li key={e.id} className={s.row} data-testid="account-event-row">
              <span className={s.rowTitle}>{e.subject ?? t('common.empty')}</span>
              {e.location && <span className={s.rowMeta}>{e.location}</span>}
              <span className={s.rowEnd}>{(e.startDateTime ?? e.activityDate) ? format.date((e.startDateTime ?? e.activityDate)!) : ''}</span>
            </li>
          ))}
        </ul>
      )}
      {a.pastTasks.totalCount > 0 && <h3 className={s.subheading}>{t('accounts.sections.pastTasks', { count: a.pastTasks.totalCount })}</h3>}
      {a.pastTasks.nodes.length > 0 && <TaskRows rows={a.pastTasks.nodes} />}
    </>
  );
}

/** Open tasks, events, and completed tasks (logged calls) of the account. */
export function AccountActivitiesSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <RecordSection title={t('accounts.sections.activities')} loadingLabel={t('accounts.sections.loading')} data-testid="section-activities">
      {() => <ActivitiesBody accountId={accountId} />}
    </RecordSection>
  );
}

function CampaignsBody({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useQuery(AccountCampaignsDocument, { variables: { id: accountId } });
  const a = query.data?.account;
  if (!a) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  const people = a.personContact ? [a.personContact, ...a.contacts.nodes.filter((c) => c.id !== a.personContact?.id)] : a.contacts.nodes;
  const all = people.flatMap((person) => person.campaignMembers.nodes.map((m) => ({ person, m })));
  if (all.length === 0) return <p className={s.muted}>{t('accounts.sections.noCampaigns')}</p>;
  const rows = all.slice(0, SECTION_ROWS);
  return (
    <ul className={s.rows}>
      {all.length > rows.length && <li className={s.rowMeta}>{t('accounts.sections.campaignsShown', { shown: rows.length, count: all.length })}</li>}
      {rows.map(({ person, m }) => (
        <li key={m.id} className={s.row} data-testid="account-campaign-row">
          <Link to={paths.campaign.getHref(m.campaign.id)} className={s.rowTitle}>
            {m.campaign.name}
          </Link>
          <Link to={paths.contact.getHref(person.id)} className={s.rowMeta}>
            {person.name}
          </Link>
          <Badge tone={m.hasResponded ? 'success' : 'neutral'}>{m.status}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** Campaign memberships of the account's contacts (and of a person account's own contact). */
export function AccountCampaignsSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <RecordSection title={t('accounts.sections.campaigns')} loadingLabel={t('accounts.sections.loading')} data-testid="section-campaigns">
      {() => <CampaignsBody accountId={accountId} />}
    </RecordSection>
  );
}

function TerritoriesBody({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useQuery(AccountTerritoriesDocument, { variables: { id: accountId } });
  const a = query.data?.account;
  if (!a) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (a.territories.length === 0) return <p className={s.muted}>{t('accounts.sections.noTerritories')}</p>;
  return (
    <ul className={s.rows}>
      {a.territories.map((territory) => (
        <li key={territory.id} className={s.row} data-testid="account-territory-row">
          <span className={s.rowTitle}>{territory.name}</span>
          {territory.type && <span className={s.rowMeta}>{territory.type.name}</span>}
          <span className={s.rowMeta}>{territory.model.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** The account's territories in the active model. */
export function AccountTerritoriesSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <RecordSection title={t('accounts.sections.territories')} loadingLabel={t('accounts.sections.loading')} data-testid="section-territories">
      {() => <TerritoriesBody accountId={accountId} />}
    </RecordSection>
  );
}
