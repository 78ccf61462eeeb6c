import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { paths } from '@/config/paths';
import { CaseDetailPageDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';
import type { RecordRef, RecordSlots } from '@/types/record-slots';

import { CaseComments } from '../components/case-comments';
import { CaseFieldsForm } from '../components/case-fields-form';
import styles from '../components/case-page.module.css';
import { CloseCaseSheet } from '../components/close-case-sheet';
import { SlaClock } from '../components/sla-clock';

/** A case: SLA clocks, details, update, comments timeline (and activities through the slots), close with a photo. */
export function CaseRoute({ renderQuickActions, renderTimeline, renderPosts }: RecordSlots = {}) {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const q = useQuery(CaseDetailPageDocument, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const [closing, setClosing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const c = q.data?.case;
  if (q.error && !c) return <Alert>{q.error.message.includes('NOT_FOUND') ? t('cases.page.notFound') : serverMessage(q.error) ?? t('cases.page.notFound')}</Alert>;
  if (!c) return null;
  const statuses = q.data?.caseStatuses ?? [];
  const ref: RecordRef = { objectType: 'Case', id: c.id, name: c.subject ?? c.caseNumber, whatId: c.id, whoId: c.contact?.id ?? null, accountId: c.account?.id ?? null, phone: c.contact?.phone ?? c.suppliedPhone ?? null };
  const refetch = () => void q.refetch().then(() => setFormKey((k) => k + 1));

  return (
    <div className={layout.page} data-testid="case-page">
      <header className={layout.pageHeader}>
        <h1>{c.caseNumber} · {c.subject}</h1>
        <Badge tone={c.isClosed ? 'neutral' : 'info'} data-testid="case-status-badge">{c.status}</Badge>
        {!c.isClosed && (
          <Button onClick={() => setClosing(true)} data-testid="close-case">{t('cases.page.close')}</Button>
        )}
      </header>
      {renderQuickActions?.(ref)}
      <div className={styles.clocks} data-testid="sla-clocks">
        <SlaClock label={t('cases.sla.firstResponse')} due={c.firstResponseDueDate} doneAt={c.firstResponseDate ?? c.closedDate} data-testid="sla-first-response" />
        <SlaClock label={t('cases.sla.resolution')} due={c.resolutionDueDate} doneAt={c.closedDate} data-testid="sla-resolution" />
        {c.isClosed && c.isFirstContactResolution && <Badge tone="success">{t('cases.page.fcr')}</Badge>}
        {c.reopenCount > 0 && <Badge tone="warning">{t('cases.page.reopened', { count: c.reopenCount })}</Badge>}
      </div>
      <section className={styles.card}>
        <h2 className={layout.sectionHeading}>{t('cases.page.details')}</h2>
        <dl className={styles.facts}>
          <div><dt>{t('cases.page.owner')}</dt><dd>{c.owner?.name ?? t('cases.page.queue')}</dd></div>
          <div><dt>{t('cases.page.account')}</dt><dd>{c.account ? <Link to={paths.account.getHref(c.account.id)}>{c.account.name}</Link> : '—'}</dd></div>
          <div><dt>{t('cases.page.contact')}</dt><dd>{c.contact ? <Link to={paths.contact.getHref(c.contact.id)}>{c.contact.name}</Link> : c.suppliedName ?? '—'}</dd></div>
          {c.closedDate && <div><dt>{t('cases.page.status')}</dt><dd>{t('cases.page.closed', { date: new Date(c.closedDate).toLocaleString() })}</dd></div>}
          {c.csatScore != null && (
            <div data-testid="case-csat"><dt>{t('cases.page.csat')}</dt><dd>{t('cases.page.csatScore', { score: c.csatScore })}{c.csatComment ? ` — ${c.csatComment}` : ''}</dd></div>
          )}
        </dl>
        {c.description && <p className={layout.hint}>{c.description}</p>}
        {!c.isClosed && <CaseFieldsForm key={`${c.id}:${formKey}`} record={c} statuses={statuses} onConflict={refetch} />}
      </section>
      {c.files.length > 0 && (
        <section className={styles.card}>
          <h2 className={layout.sectionHeading}>{t('cases.page.files')}</h2>
          <div className={styles.thumbs} data-testid="case-files">
            {c.files.map((f) => (
              <a key={f.id} href={f.url} target="_blank" rel="noreferrer">
                {f.contentType.startsWith('image/') ? <img src={f.url} alt={f.fileName} /> : f.fileName}
              </a>
            ))}
          </div>
        </section>
      )}
      <section className={styles.card}>
        <h2 className={layout.sectionHeading}>{t('cases.page.timeline')}</h2>
        <CaseComments caseId={c.id} comments={c.comments.nodes} onAdded={() => void q.refetch()} />
        {renderTimeline?.(ref)}
      </section>
      {renderPosts?.(ref)}
      {closing && (
        <CloseCaseSheet open={closing} onClose={() => { setClosing(false); void q.refetch(); }} caseId={c.id} version={c.version} closedStatuses={statuses.filter((s) => s.isClosed)} />
      )}
    </div>
  );
}
