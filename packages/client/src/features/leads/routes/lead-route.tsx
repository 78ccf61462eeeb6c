import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { conflictCurrent } from '@/lib/conflict';
import { serverMessage } from '@/lib/server-error';
import type { RecordRef, RecordSlots } from '@/types/record-slots';

import { ConvertLeadDialog } from '../components/convert-lead-dialog';
import { ConvertedLinks } from '../components/converted-links';
import { LeadDetails } from '../components/lead-details';
import { LeadEditForm } from '../components/lead-edit-form';
import { LeadPath } from '../components/lead-path';
import { useLead } from '../hooks/use-lead';
import { useLeadForm } from '../hooks/use-lead-form';
import { useLeadsViewer } from '../hooks/use-leads-viewer';
import { leadAddress } from '../utils/lead-address';
import { emptyLeadValues, leadValues } from '../utils/lead-form-values';
import { usePicklistLabels } from '../utils/picklist-labels';
import styles from './lead-route.module.css';

/** /leads/:leadId: the lead, its status path, edit in place, conversion; converted leads are read-only. */
export function LeadRoute(slots: RecordSlots) {
  const { t } = useTranslation();
  const { leadId = '' } = useParams();
  const viewer = useLeadsViewer();
  const { lead, loading, error, refetch, save, saving } = useLead(leadId, viewer.me?.id);
  const labels = usePicklistLabels();
  const form = useLeadForm(emptyLeadValues);
  const [editing, setEditing] = useState(false);
  const [converting, setConverting] = useState(false);
  const [statusError, setStatusError] = useState<string | null>(null);

  if (!lead) {
    return (
      <div className={layout.page}>
        {loading && (
          <div className={layout.placeholder}>
            <Spinner label={t('leads.loadingLead')} showLabel />
          </div>
        )}
        {error && !loading && (
          <Alert action={<Link to={paths.leads.getHref()}>{t('leads.backToList')}</Link>}>
            <span data-testid="lead-error">{serverMessage(error) ?? t('leads.errorLead')}</span>
          </Alert>
        )}
      </div>
    );
  }

  const record: RecordRef = {
    objectType: 'Lead',
    id: lead.id,
    name: lead.name,
    whoId: lead.id,
    phone: lead.phone ?? lead.mobilePhone,
    address: leadAddress(lead) || null,
  };
  const readOnly = lead.isConverted;

  const setStatus = async (status: string) => {
    setStatusError(null);
    try {
      await save({ status });
    } catch (e) {
      setStatusError(conflictCurrent(e) ? t('leads.conflict.title') : (serverMessage(e) ?? t('leads.form.network')));
      if (conflictCurrent(e)) void refetch();
    }
  };

  return (
    <div className={layout.page} data-testid="lead-page" data-converted={String(lead.isConverted)}>
      <title>{`${lead.name} · ${t('app.name')}`}</title>
      <nav className={styles.crumbs} aria-label={t('breadcrumbs.label')}>
        <Link to={paths.leads.getHref()}>{t('leads.heading')}</Link>
      </nav>
      <header className={styles.header}>
        <div className={styles.title}>
          <h1 data-testid="page-heading">{lead.name}</h1>
          <p className={styles.subtitle}>
            {[lead.title, lead.company].filter(Boolean).join(' · ')}{' '}
            <Badge tone={lead.isConverted ? 'success' : 'info'} data-testid="lead-status">
              {labels.status(lead.status)}
            </Badge>
          </p>
        </div>
        {!readOnly && !editing && (
          <div className={styles.actions}>
            <Button
              variant="secondary"
              onClick={() => {
                form.reset(leadValues(lead));
                setEditing(true);
              }}
              data-testid="edit-lead"
            >
              {t('leads.edit')}
            </Button>
            <Button onClick={() => setConverting(true)} data-testid="convert-lead">
              {t('leads.convert.open')}
            </Button>
          </div>
        )}
      </header>

      {slots.renderQuickActions?.(record)}

      {readOnly && <ConvertedLinks lead={lead} />}

      <LeadPath
        status={lead.status}
        statuses={viewer.statuses}
        converted={lead.isConverted}
        disabled={saving || editing}
        onStatus={(s) => void setStatus(s)}
        onConvert={() => setConverting(true)}
      />
      {statusError && <Alert>{statusError}</Alert>}

      {editing ? (
        <LeadEditForm
          lead={lead}
          form={form}
          statuses={viewer.openStatuses}
          saving={saving}
          save={save}
          reload={refetch}
          onDone={() => setEditing(false)}
        />
      ) : (
        <LeadDetails lead={lead} />
      )}

      {slots.renderTimeline?.(record)}
      {slots.renderPosts?.(record)}

      {/* Stays while open: the lead turns converted (read-only) under the dialog's result. */}
      {(!readOnly || converting) && (
        <ConvertLeadDialog
          open={converting}
          onClose={() => setConverting(false)}
          lead={lead}
          convertedStatuses={viewer.convertedStatuses}
          onConverted={() => void refetch()}
        />
      )}
    </div>
  );
}
