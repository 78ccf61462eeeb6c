import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { fieldErrors } from '@/lib/server-error';
import type { RecordRef, RecordSlots } from '@/types/record-slots';

import { DiscountSection } from '../components/discount-section';
import { FieldHistory } from '../components/field-history';
import { MissingFieldsForm } from '../components/missing-fields-form';
import { OpportunityFacts } from '../components/opportunity-facts';
import { OpportunityForm, type FormField } from '../components/opportunity-form';
import { QuickUpdateSheet } from '../components/quick-update-sheet';
import { StageGuidance } from '../components/stage-guidance';
import { StagePath } from '../components/stage-path';
import { useOpportunity } from '../hooks/use-opportunity';
import { usePathMove } from '../hooks/use-path-move';
import { useStages } from '../hooks/use-stages';
import { stageLabel } from '../utils/stage-key';
import styles from './opportunity-route.module.css';

const EDIT_FIELDS: readonly FormField[] = [
  'name', 'stageName', 'amount', 'closeDate', 'probability', 'nextStep', 'competitor', 'lostReason', 'type', 'leadSource', 'description',
];

/** An opportunity's record page: path, details, history, discount and the other features' slots. */
export function OpportunityRoute({ renderQuickActions, renderTimeline, renderPosts }: RecordSlots) {
  const { opportunityId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { opportunity: o, loading, error, refetch } = useOpportunity(opportunityId);
  const { stages } = useStages();
  const path = usePathMove(opportunityId);
  const [editing, setEditing] = useState(false);
  const [quick, setQuick] = useState(false);
  const reload = async () => (await refetch()).data?.opportunity;

  if (!o) {
    const notFound = fieldErrors(error)?.some((e) => e.code === 'NOT_FOUND');
    return (
      <div className={layout.page}>
        {loading && (
          <div className={layout.placeholder}>
            <Spinner label={t('opportunities.loading')} showLabel />
          </div>
        )}
        {error && <Alert>{notFound ? t('opportunities.page.notFound') : t('opportunities.page.error')}</Alert>}
      </div>
    );
  }

  const record: RecordRef = {
    objectType: 'Opportunity',
    id: o.id,
    name: o.name,
    whatId: o.id,
    accountId: o.account?.id ?? null,
    whoId: o.contact?.id ?? null,
  };
  const target = path.state?.stageName;
  const currentStage = stages.find((s) => s.apiName === o.stageName);

  return (
    <div className={layout.page}>
      <title>{`${o.name} · ${t('app.name')}`}</title>
      <Link to={paths.opportunities.getHref()} className={styles.back}>
        ← {t('opportunities.heading')}
      </Link>
      <header className={styles.header}>
        <div className={styles.titleBlock}>
          <p className={styles.kicker}>{t('opportunities.page.kicker')}</p>
          <h1 data-testid="page-heading">{o.name}</h1>
          <p className={styles.summary}>
            {o.account && <Link to={paths.account.getHref(o.account.id)}>{o.account.name}</Link>}
            <span data-testid="opportunity-amount">{o.amount == null ? t('common.empty') : format.currency(o.amount)}</span>
            {o.discountPercent ? (
              <span className={styles.discount}>
                {t('opportunities.discount.headerNote', { percent: format.number(o.discountPercent), list: format.currency(o.listAmount ?? 0) })}
              </span>
            ) : null}
            <span>{format.date(o.closeDate)}</span>
          </p>
        </div>
        <div className={styles.headerActions}>
          <Button onClick={() => setQuick(true)} data-testid="open-quick-update">
            {t('opportunities.quick.open')}
          </Button>
          <Button variant="secondary" onClick={() => setEditing(true)} disabled={editing} data-testid="edit-opportunity">
            {t('opportunities.page.edit')}
          </Button>
        </div>
      </header>

      {renderQuickActions?.(record)}

      <section className={styles.card} aria-label={t('opportunities.path.label')}>
        <StagePath stages={stages} current={o.stageName} pendingStage={target} disabled={path.state?.saving} onSelect={path.move} />
        {path.state?.missing && target && (
          <MissingFieldsForm
            stageLabel={stageLabel(t, target)}
            missing={path.state.missing}
            busy={path.state.saving}
            onSubmit={path.complete}
            onCancel={path.cancel}
          />
        )}
        {path.state?.failed !== undefined && target && (
          <Alert action={<Button variant="secondary" size="sm" onClick={path.cancel}>{t('opportunities.board.dismiss')}</Button>}>
            <span data-testid="path-move-error">
              {t('opportunities.board.moveFailed', { name: o.name, message: path.state.failed ?? t('opportunities.board.network') })}
            </span>
          </Alert>
        )}
        {currentStage && !target && <StageGuidance stage={currentStage} opportunity={o} />}
      </section>

      <section className={styles.card} aria-labelledby="opp-details">
        <div className={layout.sectionHeader}>
          <h2 id="opp-details" className={layout.sectionHeading}>
            {t('opportunities.page.details')}
          </h2>
        </div>
        {editing ? (
          <OpportunityForm
            opportunity={o}
            stages={stages}
            fields={EDIT_FIELDS}
            onDone={() => setEditing(false)}
            onReload={reload}
            submitLabel={t('opportunities.form.save')}
            testId="edit-form"
          />
        ) : (
          <OpportunityFacts opportunity={o} />
        )}
      </section>

      <DiscountSection opportunityId={o.id} />
      {renderTimeline?.(record)}
      <FieldHistory opportunityId={o.id} version={o.version} />
      {renderPosts?.(record)}

      <QuickUpdateSheet open={quick} onClose={() => setQuick(false)} opportunity={o} stages={stages} onReload={reload} />
    </div>
  );
}
