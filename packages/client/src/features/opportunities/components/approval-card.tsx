import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { paths } from '@/config/paths';
import { ApprovalsApproveDocument, ApprovalsRejectDocument, type ApprovalsQueueQuery } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';
import { serverMessage } from '@/lib/server-error';

import styles from './approval-card.module.css';

export type QueueItem = ApprovalsQueueQuery['myApprovalQueue'][number];

export interface ApprovalCardProps {
  item: QueueItem;
  onDecided: (item: QueueItem, decision: 'approved' | 'rejected') => void;
}

/** One pending discount request: what is asked, by whom, and approve / reject with a comment. */
export function ApprovalCard({ item, onDecided }: ApprovalCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [approve, approving] = useMutation(ApprovalsApproveDocument);
  const [reject, rejecting] = useMutation(ApprovalsRejectDocument);
  const busy = approving.loading || rejecting.loading;
  const o = item.opportunity;
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium' });

  const decide = async (decision: 'approved' | 'rejected') => {
    setFailure(null);
    const variables = { id: item.id, comment: comment.trim() || null };
    try {
      if (decision === 'approved') await approve({ variables });
      else await reject({ variables });
      onDecided(item, decision);
    } catch (error) {
      setFailure(serverMessage(error) ?? t('opportunities.form.network'));
    }
  };

  return (
    <li className={styles.card} data-testid="approval-item" data-id={item.id} data-opportunity-id={item.opportunityId}>
      <div className={styles.head}>
        {o ? (
          <Link to={paths.opportunity.getHref(o.id)} className={styles.name}>
            {o.name}
          </Link>
        ) : (
          <span className={styles.name}>{t('opportunities.approvals.hidden')}</span>
        )}
        {o?.account && <span className={styles.muted}>{o.account.name}</span>}
      </div>
      <p className={styles.ask}>
        <strong>{t('opportunities.discount.off', { percent: format.number(item.requestedDiscountPercent) })}</strong>{' '}
        {t('opportunities.approvals.fromTo', { list: format.currency(item.listAmount), net: format.currency(item.discountedAmount) })}
      </p>
      <p className={styles.muted}>
        {t('opportunities.approvals.requestedBy', { name: item.submittedBy.name, when: when.format(new Date(item.createdDate)) })}
      </p>
      {item.submitterComment && <blockquote className={styles.quote}>“{item.submitterComment}”</blockquote>}
      <label htmlFor={`${id}-c`} className={styles.label}>
        {t('opportunities.approvals.comment')}
      </label>
      <textarea id={`${id}-c`} className={styles.comment} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="approval-comment" />
      {failure && <Alert>{failure}</Alert>}
      <div className={styles.actions}>
        <Button onClick={() => void decide('approved')} disabled={busy} data-testid="approval-approve">
          {t('opportunities.approvals.approve')}
        </Button>
        <Button variant="secondary" onClick={() => void decide('rejected')} disabled={busy} data-testid="approval-reject">
          {t('opportunities.approvals.reject')}
        </Button>
      </div>
    </li>
  );
}
