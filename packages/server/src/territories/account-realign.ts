import type { AccountSaveListener } from '../accounts/account-save-listeners';
import { assignmentRunService } from './assignment-run.service';
import { RULE_FIELDS } from './rule-filter';

/**
 * Salesforce evaluates an account against the active model's rules on save: when it is created
 * or a field a rule can read changed, its rule assignments are recomputed (manual ones stay).
 */
export const realignAccountOnSave: AccountSaveListener = async (ctx, account, changed) => {
  if (changed && !changed.some((field) => Object.hasOwn(RULE_FIELDS, field))) return;
  await assignmentRunService.realignAccount(ctx, account.id);
};
