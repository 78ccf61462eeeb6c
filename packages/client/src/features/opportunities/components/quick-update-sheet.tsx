import { useTranslation } from 'react-i18next';

import { Dialog } from '@/components/ui/dialog/dialog';

import type { OpportunityDetail } from '../hooks/use-opportunity';
import type { Stage } from '../hooks/use-stages';
import { OpportunityForm } from './opportunity-form';

export interface QuickUpdateSheetProps {
  open: boolean;
  onClose: () => void;
  opportunity: OpportunityDetail;
  stages: readonly Stage[];
  onReload: () => Promise<OpportunityDetail | undefined>;
}

/** "Update stage and amount" in a few taps: stage, amount, close date (and what a rule asks for). */
export function QuickUpdateSheet({ open, onClose, opportunity, stages, onReload }: QuickUpdateSheetProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('opportunities.quick.title')} data-testid="quick-update">
      {open && (
        <OpportunityForm
          opportunity={opportunity}
          stages={stages}
          fields={['stageName', 'amount', 'closeDate']}
          extraOnDemand={['competitor', 'lostReason']}
          onDone={onClose}
          onReload={onReload}
          submitLabel={t('opportunities.form.save')}
          testId="quick-update-form"
        />
      )}
    </Dialog>
  );
}
