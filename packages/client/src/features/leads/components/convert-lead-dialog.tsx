import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { ConvertLeadDocument, type ConvertLeadMutation } from '@/gql/graphql';

import { CONVERT_FIELDS, convertInput, initialChoices, type ConvertChoices } from '../utils/convert-state';
import { NO_ERRORS, saveErrors, type SaveErrors } from '../utils/form-errors';
import { ConvertLeadForm } from './convert-lead-form';
import { ConvertResult } from './convert-result';
import styles from './convert-lead.module.css';

export interface ConvertLeadDialogProps {
  open: boolean;
  onClose: () => void;
  lead: { id: string; name: string; company: string; owner: { id: string } };
  convertedStatuses: readonly { apiName: string }[];
  /** After a conversion (the page reloads the lead). */
  onConverted: () => void;
}

type Result = ConvertLeadMutation['convertLead'];

/** Convert a lead: defaults make it one tap (new account, contact and opportunity); a sheet on phones. */
export function ConvertLeadDialog({ open, onClose, lead, convertedStatuses, onConverted }: ConvertLeadDialogProps) {
  const { t } = useTranslation();
  const firstStatus = convertedStatuses[0]?.apiName ?? '';
  // Kept here, not in the dialog's body, so choices survive re-renders and a failed attempt.
  const [choices, setChoices] = useState<ConvertChoices>(() => initialChoices(lead, firstStatus));
  const [errors, setErrors] = useState<SaveErrors>(NO_ERRORS);
  const [result, setResult] = useState<Result | null>(null);
  const [convert, { loading }] = useMutation(ConvertLeadDocument);
  const status = choices.convertedStatus || firstStatus;

  const change = (patch: Partial<ConvertChoices>) => {
    setChoices((c) => ({ ...c, ...patch }));
    setErrors((e) => ({ byField: Object.fromEntries(Object.entries(e.byField).filter(([k]) => !(k in patch) && k !== 'accountId')), general: e.general }));
  };

  const submit = async () => {
    if (choices.accountMode === 'existing' && !choices.account) {
      setErrors({ byField: { accountId: t('leads.convert.chooseAccount') }, general: null });
      return;
    }
    if (choices.accountMode === 'existing' && choices.opportunityMode === 'existing' && !choices.opportunityId) {
      setErrors({ byField: { opportunityId: t('leads.convert.chooseOpportunity') }, general: null });
      return;
    }
    try {
      const { data } = await convert({ variables: { input: convertInput(lead.id, { ...choices, convertedStatus: status }) } });
      if (data) {
        setResult(data.convertLead);
        setErrors(NO_ERRORS);
        onConverted();
      }
    } catch (error) {
      setErrors(saveErrors(error, CONVERT_FIELDS, t('leads.convert.network')));
    }
  };

  const footer = result ? (
    <Button className={styles.footerButton} onClick={onClose} data-testid="convert-done">
      {t('leads.convert.done')}
    </Button>
  ) : (
    <>
      <Button variant="secondary" className={styles.footerButton} onClick={onClose}>
        {t('leads.form.cancel')}
      </Button>
      <Button className={styles.footerButton} onClick={() => void submit()} disabled={loading || !status} data-testid="convert-submit">
        {loading ? t('leads.convert.converting') : t('leads.convert.submit')}
      </Button>
    </>
  );

  return (
    <Dialog open={open} onClose={onClose} title={t('leads.convert.title', { name: lead.name })} footer={footer} sheetOnPhone data-testid="convert-dialog">
      {result ? (
        <ConvertResult result={result} />
      ) : (
        <>
          {/* First in the sheet: a refusal naming no input of the dialog (e.g. a validation rule on the new opportunity). */}
          {errors.general && (
            <div className={styles.general}>
              <Alert>
                <span data-testid="convert-error">{errors.general}</span>
              </Alert>
            </div>
          )}
          <ConvertLeadForm
            lead={lead}
            choices={{ ...choices, convertedStatus: status }}
            onChange={change}
            errors={errors.byField}
            convertedStatuses={convertedStatuses}
          />
        </>
      )}
    </Dialog>
  );
}
