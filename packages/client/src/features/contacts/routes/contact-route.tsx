import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { ContactDetailDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';
import type { RecordRef, RecordSlots } from '@/types/record-slots';

import { ContactDetails } from '../components/contact-details';
import { ContactFormDialog } from '../components/contact-form-dialog';
import styles from '../components/contact-page.module.css';
import { ContactSections } from '../components/contact-sections';
import { mailingOneLine } from '../utils/contact-filter';

/** A contact: details and account first, related lists loading as they scroll into view. */
export function ContactRoute({ renderQuickActions, renderTimeline, renderPosts }: RecordSlots = {}) {
  const { t } = useTranslation();
  const { contactId = '' } = useParams();
  const query = useQuery(ContactDetailDocument, { variables: { id: contactId } });
  const [editing, setEditing] = useState(false);
  const contact = query.data?.contact;

  if (!contact) {
    const notFound = fieldErrors(query.error)?.some((e) => e.code === 'NOT_FOUND');
    return (
      <div className={layout.page}>
        {query.loading && (
          <div className={layout.placeholder}>
            <Spinner label={t('contacts.loadingOne')} showLabel />
          </div>
        )}
        {query.error && (
          <Alert
            action={
              !notFound && (
                <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                  {t('contacts.retry')}
                </Button>
              )
            }
          >
            <span data-testid="contact-error">{notFound ? t('contacts.notFound') : t('contacts.errorOne')}</span>
          </Alert>
        )}
        <Link to={paths.contacts.getHref()}>{t('contacts.backToList')}</Link>
      </div>
    );
  }

  const record: RecordRef = {
    objectType: 'Contact',
    id: contact.id,
    name: contact.name,
    whoId: contact.id,
    whatId: contact.account?.id ?? null,
    accountId: contact.account?.id ?? null,
    phone: contact.mobilePhone ?? contact.phone ?? null,
    address: mailingOneLine(contact),
  };
  const subtitle = [contact.title, contact.account?.name].filter(Boolean).join(' · ');

  return (
    <div className={layout.page} data-testid="contact-page">
      <title>{`${contact.name} · ${t('app.name')}`}</title>
      <nav aria-label={t('contacts.breadcrumb')}>
        <Link to={paths.contacts.getHref()}>{t('contacts.heading')}</Link>
        {contact.account && (
          <>
            {' › '}
            <Link to={paths.account.getHref(contact.account.id)} data-testid="contact-account-link">
              {contact.account.name}
            </Link>
          </>
        )}
      </nav>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title} data-testid="page-heading">
            {contact.salutation ? `${contact.salutation} ${contact.name}` : contact.name}
          </h1>
          {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
        </div>
        <div className={styles.headerActions}>
          <Button variant="secondary" onClick={() => setEditing(true)} data-testid="edit-contact">
            {t('contacts.edit')}
          </Button>
        </div>
      </header>

      {renderQuickActions?.(record)}

      <div className={styles.columns}>
        <div className={styles.column}>
          <ContactDetails contact={contact} />
        </div>
        <div className={styles.column}>
          {/* The activities feature's timeline replaces our own activities list when the router gives one. */}
          <ContactSections contactId={contact.id} withActivities={!renderTimeline} />
          {renderTimeline?.(record)}
          {renderPosts?.(record)}
        </div>
      </div>

      {editing && (
        <ContactFormDialog
          contact={contact}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
          onReload={async () => (await query.refetch()).data?.contact}
        />
      )}
    </div>
  );
}
