import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button/button';
import { RecordSection, recordSectionStyles as s } from '@/components/ui/record-section/record-section';
import { paths } from '@/config/paths';
import { AccountContactsDocument } from '@/gql/graphql';

import { SECTION_ROWS } from '../config';
import { NewContactDialog } from './new-contact-dialog';
import { SectionState, useReportCount } from './section-state';

function ContactsBody({ accountId, onCount }: { accountId: string; onCount: (n: number) => void }) {
  const { t } = useTranslation();
  const query = useQuery(AccountContactsDocument, { variables: { id: accountId, first: SECTION_ROWS } });
  const connection = query.data?.account.contacts;
  useReportCount(connection?.totalCount, onCount);
  if (!connection) return <SectionState loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (connection.nodes.length === 0) return <p className={s.muted}>{t('accounts.sections.noContacts')}</p>;
  return (
    <ul className={s.rows}>
      {connection.nodes.map((c) => {
        const phone = c.mobilePhone ?? c.phone;
        return (
          <li key={c.id} className={s.row} data-testid="account-contact-row">
            <Link to={paths.contact.getHref(c.id)} className={s.rowTitle}>
              {c.name}
            </Link>
            {c.title && <span className={s.rowMeta}>{c.title}</span>}
            {c.email && (
              <a href={`mailto:${c.email}`} className={s.rowMeta}>
                {c.email}
              </a>
            )}
            {phone && (
              <a href={`tel:${phone}`} className={s.rowMeta}>
                {phone}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The account's contacts, with "New contact" on the account. */
export function AccountContactsSection({ accountId, accountName }: { accountId: string; accountName: string }) {
  const { t } = useTranslation();
  const [count, setCount] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <RecordSection
      title={t('accounts.sections.contacts')}
      count={count}
      loadingLabel={t('accounts.sections.loading')}
      data-testid="section-contacts"
      actions={
        <Button variant="secondary" size="sm" onClick={() => setCreating(true)} data-testid="new-contact">
          {t('accounts.sections.newContact')}
        </Button>
      }
    >
      {() => (
        <>
          <ContactsBody accountId={accountId} onCount={setCount} />
          {creating && <NewContactDialog accountId={accountId} accountName={accountName} onClose={() => setCreating(false)} />}
        </>
      )}
    </RecordSection>
  );
}
