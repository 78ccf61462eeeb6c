import type { AccountBulkSaveListener, AccountSaveListener } from '../accounts/account-save-listeners';
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

/** The same for a bulk write (mass update, import): the created accounts and the updated ones whose rule fields changed, in one go. */
export const realignAccountsOnBulkSave: AccountBulkSaveListener = async (ctx, { created, updated, changed }) => {
  const ruleFieldChanged = changed.some((field) => Object.hasOwn(RULE_FIELDS, field));
  await assignmentRunService.realignAccounts(ctx, ruleFieldChanged ? [...created, ...updated] : created);
};
