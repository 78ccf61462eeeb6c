import { useMutation } from '@apollo/client/react';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { paths } from '@/config/paths';
import { CreateLeadDocument } from '@/gql/graphql';

import { LeadFormFields } from '../components/lead-form-fields';
import { useLeadForm } from '../hooks/use-lead-form';
import { useLeadsViewer } from '../hooks/use-leads-viewer';
import { saveErrors } from '../utils/form-errors';
import { createInput, emptyLeadValues, TEXT_FIELDS, PICK_FIELDS } from '../utils/lead-form-values';
import styles from './lead-form-route.module.css';

/** /leads/new: a new lead, owned by the caller; saved, it opens on its page. */
export function NewLeadRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useLeadsViewer();
  const form = useLeadForm(emptyLeadValues);
  const [create, { loading }] = useMutation(CreateLeadDocument, { refetchQueries: ['LeadsList'] });
  const defaultStatus = viewer.statuses.find((s) => s.isDefault)?.apiName;

  // The default status once the statuses are known (the user may still pick another).
  useEffect(() => {
    if (defaultStatus && !form.values.status) form.change('status', defaultStatus);
  }, [defaultStatus, form]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { data } = await create({ variables: { input: createInput(form.values) } });
      if (data) void navigate(paths.lead.getHref(data.createLead.id));
    } catch (error) {
      form.setErrors(saveErrors(error, [...TEXT_FIELDS, ...PICK_FIELDS], t('leads.form.network')));
    }
  };

  return (
    <div className={layout.page}>
      <title>{`${t('leads.form.newTitle')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('leads.form.newTitle')}</h1>
      </header>
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="new-lead-form">
        {form.errors.general && <Alert>{form.errors.general}</Alert>}
        <LeadFormFields values={form.values} errors={form.errors.byField} onChange={form.change} statuses={viewer.openStatuses} />
        <div className={styles.actions}>
          <Link to={paths.leads.getHref()} className={styles.cancel}>
            {t('leads.form.cancel')}
          </Link>
          <Button type="submit" disabled={loading} data-testid="save-lead">
            {loading ? t('leads.form.saving') : t('leads.form.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
