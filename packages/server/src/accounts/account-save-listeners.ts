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
