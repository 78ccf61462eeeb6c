import type { RequestContext } from '../api/request-context';
import type { Account } from './account.entity';

/**
 * Runs in the account's write transaction after it was saved; `changed` lists the fields the
 * write changed, null for a new account. Lets later domains (territory rules) react to account
 * saves without `accounts` importing them.
 */
export type AccountSaveListener = (ctx: RequestContext, account: Account, changed: readonly string[] | null) => Promise<unknown>;

const listeners = new Set<AccountSaveListener>();

/** Registers a listener once (domains do it when their resolvers are loaded). */
export function onAccountSave(listener: AccountSaveListener): void {
  listeners.add(listener);
}

export async function notifyAccountSaved(ctx: RequestContext, account: Account, changed: readonly string[] | null): Promise<void> {
  for (const listener of listeners) await listener(ctx, account, changed);
}

/** A bulk write of accounts (mass update, import): the ids written and the fields the updates changed. */
export interface AccountBulkSave {
  created: readonly string[];
  updated: readonly string[];
  changed: readonly string[];
}

/** Runs once per bulk write, in its transaction: set-based, whatever the number of accounts. */
export type AccountBulkSaveListener = (ctx: RequestContext, save: AccountBulkSave) => Promise<unknown>;

const bulkListeners = new Set<AccountBulkSaveListener>();

export function onAccountsBulkSave(listener: AccountBulkSaveListener): void {
  bulkListeners.add(listener);
}

export async function notifyAccountsBulkSaved(ctx: RequestContext, save: AccountBulkSave): Promise<void> {
  if (!save.created.length && !save.updated.length) return;
  for (const listener of bulkListeners) await listener(ctx, save);
}
