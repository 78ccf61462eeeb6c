import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import { OpportunityDiscountsDocument, OpportunitySubmitDiscountDocument } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { DiscountStatus } from './discount-status';
import styles from './discount-section.module.css';

/** Request a discount (approved at once up to the org threshold, else by the owner's manager) and its history. */
export function DiscountSection({ opportunityId }: { opportunityId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const { data, refetch } = useQuery(OpportunityDiscountsDocument, { variables: { id: opportunityId }, fetchPolicy: 'cache-and-network' });
  const [submit, { loading }] = useMutation(OpportunitySubmitDiscountDocument);
  const [percent, setPercent] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium', timeStyle: 'short' });

  const o = data?.opportunity;
  const threshold = data?.organization.discountApprovalThreshold;
  const requests = o?.discountRequests.nodes ?? [];
  const pending = requests.some((r) => r.status === 'Pending');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setNotice(null);
    const value = Number(percent);
    if (percent.trim() === '' || !Number.isFinite(value)) {
      setErrors({ discountPercent: t('opportunities.discount.percentRequired') });
      return;
    }
    try {
      await submit({ variables: { opportunityId, discountPercent: value, comment: comment.trim() || null } });
      setPercent('');
      setComment('');
      await refetch();
    } catch (error) {
      const named = (fieldErrors(error) ?? []).filter((e) => e.field);
      if (named.length) setErrors(Object.fromEntries(named.map((e) => [e.field === 'percent' ? 'discountPercent' : (e.field as string), e.message])));
      else setNotice(serverMessage(error) ?? t('opportunities.form.network'));
    }
  };

  return (
    <section className={styles.section} aria-labelledby={`${id}-h`} data-testid="discount-section">
      <h2 id={`${id}-h`} className={styles.heading}>
        {t('opportunities.discount.heading')}
      </h2>
      {o && (
        <p className={styles.summary}>
          {o.discountPercent ? (
            <span data-testid="discount-applied">
              {t('opportunities.discount.applied', {
                percent: format.number(o.discountPercent),
                list: format.currency(o.listAmount ?? 0),
                net: format.currency(o.amount ?? 0),
              })}
            </span>
          ) : (
            t('opportunities.discount.none')
          )}
        </p>
      )}
      {threshold != null && <p className={styles.hint}>{t('opportunities.discount.threshold', { percent: format.number(threshold) })}</p>}

      {notice && <Alert>{notice}</Alert>}
      {pending ? (
        <p className={styles.hint}>{t('opportunities.discount.pendingNote')}</p>
      ) : (
        <form className={styles.form} onSubmit={(e) => void onSubmit(e)} noValidate data-testid="discount-form">
          <div className={styles.field}>
            <label htmlFor={`${id}-p`}>{t('opportunities.discount.percent')}</label>
            <input
              id={`${id}-p`}
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step="any"
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
              aria-invalid={errors.discountPercent ? true : undefined}
              aria-describedby={errors.discountPercent ? `${id}-pe` : undefined}
              data-testid="discount-percent"
            />
            {errors.discountPercent && (
              <span id={`${id}-pe`} className={styles.error}>
                {errors.discountPercent}
              </span>
            )}
          </div>
          <div className={`${styles.field} ${styles.grow}`}>
            <label htmlFor={`${id}-c`}>{t('opportunities.discount.comment')}</label>
            <input id={`${id}-c`} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} data-testid="discount-comment" />
            {errors.comment && <span className={styles.error}>{errors.comment}</span>}
          </div>
          <Button type="submit" disabled={loading} data-testid="discount-submit">
            {t('opportunities.discount.submit')}
          </Button>
        </form>
      )}

      {requests.length > 0 && (
        <ol className={styles.list} data-testid="discount-requests">
          {requests.map((r) => (
            <li key={r.id} className={styles.item} data-testid="discount-request" data-status={r.status}>
              <div className={styles.itemHead}>
                <DiscountStatus status={r.status} />
                <strong>{t('opportunities.discount.off', { percent: format.number(r.requestedDiscountPercent) })}</strong>
                <span>{t('opportunities.discount.netAmount', { amount: format.currency(r.discountedAmount) })}</span>
                {r.isAutoApproved && <Badge tone="neutral">{t('opportunities.discount.auto')}</Badge>}
              </div>
              <p className={styles.meta}>
                {t('opportunities.discount.submittedBy', { name: r.submittedBy.name, when: when.format(new Date(r.createdDate)) })}
                {r.submitterComment && <> — “{r.submitterComment}”</>}
              </p>
              {r.decidedDate && (
                <p className={styles.meta}>
                  {t('opportunities.discount.decidedBy', {
                    name: r.decidedBy?.name ?? r.approver?.name ?? '',
                    when: when.format(new Date(r.decidedDate)),
                  })}
                  {r.approverComment && <> — “{r.approverComment}”</>}
                </p>
              )}
              {r.status === 'Pending' && r.approver && <p className={styles.meta}>{t('opportunities.discount.waitingFor', { name: r.approver.name })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
