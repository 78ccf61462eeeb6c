import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { OpportunityHistoryDocument } from '@/gql/graphql';
import { useFormatters } from '@/lib/format';

import { fieldLabel } from '../utils/field-label';
import { stageLabel } from '../utils/stage-key';
import styles from './field-history.module.css';

const PAGE = 50;

/** Changes of the tracked fields, newest first: field, old → new, who, when. */
export function FieldHistory({ opportunityId, version }: { opportunityId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useQuery(OpportunityHistoryDocument, {
    variables: { id: opportunityId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  // Each save of the record bumps its version: fetch the new history rows then.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium', timeStyle: 'short' });
  const rows = data?.opportunity.history.nodes ?? [];

  const show = (field: string, value: string | null | undefined) => {
    if (value == null || value === '') return t('common.empty');
    if (field === 'stageName') return stageLabel(t, value);
    if (field === 'amount') return format.currency(Number(value));
    if (field === 'closeDate') return format.date(value);
    if (field === 'probability') return format.percent(Number(value));
    return value;
  };

  return (
    <section className={styles.section} aria-labelledby="opp-history">
      <h2 id="opp-history" className={layout.sectionHeading}>
        {t('opportunities.history.heading')}
      </h2>
      {loading && !data && <Spinner label={t('common.loading')} />}
      {error && !data && <p className={layout.hint}>{t('opportunities.history.error')}</p>}
      {data && rows.length === 0 && <p className={styles.empty}>{t('opportunities.history.empty')}</p>}
      {rows.length > 0 && (
        <ol className={styles.list} data-testid="field-history">
          {rows.map((h) => (
            <li key={h.id} className={styles.item} data-testid="history-row" data-field={h.field}>
              <span className={styles.change}>
                {h.field === 'created' ? (
                  t('opportunities.history.created')
                ) : (
                  <>
                    <strong>{h.field === 'ownerId' ? t('opportunities.columns.owner') : fieldLabel(t, h.field)}</strong>{' '}
                    {h.field === 'ownerId' ? t('opportunities.history.ownerChanged') : `${show(h.field, h.oldValue)} → ${show(h.field, h.newValue)}`}
                  </>
                )}
              </span>
              <span className={styles.meta}>
                {h.createdBy?.name ?? t('common.empty')} · <time dateTime={h.createdDate}>{when.format(new Date(h.createdDate))}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      {data && data.opportunity.history.totalCount > rows.length && (
        <p className={styles.empty}>{t('opportunities.history.more', { count: data.opportunity.history.totalCount - rows.length })}</p>
      )}
    </section>
  );
}
