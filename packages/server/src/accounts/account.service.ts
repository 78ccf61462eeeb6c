import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { notifyAccountSaved } from './account-save-listeners';
import { Account } from './account.entity';
import { accountList } from './account.types';
import { Contact } from './contact.entity';

type Input = Record<string, unknown>;

/** The fields each pending update changed, for the save listeners. */
const changes = new WeakMap<Account, string[]>();

export class AccountService extends CrudService<Account> {
  readonly entity = Account;
  readonly list = accountList;
  readonly access = 'owner' as const;

  protected async applyInput(ctx: RequestContext, row: Account, input: Input, isNew: boolean) {
    const before: Input = { ...row };
    await super.applyInput(ctx, row, input, isNew);
    const after = row as unknown as Input;
    changes.set(row, Object.keys(after).filter((k) => after[k] !== before[k]));
  }

  protected async apply(ctx: RequestContext, row: Account, input: Input) {
    if (row.isPersonAccount) {
      if (!row.lastName) throw badInput('lastName', 'A person account needs a last name');
      row.name = [row.firstName, row.lastName].filter(Boolean).join(' ');
    } else if (!row.name) {
      throw badInput('name', 'name is required');
    }
    // Cycles in the account hierarchy are refused by a database trigger (see the migration).
    if (typeof input.parentId === 'string') await this.reference(ctx, Account, input.parentId, 'parentId', 'owner');
  }

  protected async afterSave(ctx: RequestContext, row: Account, isNew: boolean) {
    await this.syncPersonContact(ctx, row);
    await notifyAccountSaved(ctx, row, isNew ? null : (changes.get(row) ?? Object.keys(row)));
  }

  /** A person account keeps its own contact in step (name, email, phone, owner), as in Salesforce. */
  private async syncPersonContact(ctx: RequestContext, row: Account) {
    if (!row.isPersonAccount) return;
    const fields = {
      firstName: row.firstName, lastName: row.lastName!, name: row.name, email: row.personEmail,
      mobilePhone: row.personMobilePhone, ownerId: row.ownerId, accountId: row.id,
    };
    if (row.personContactId) {
      await ctx.em.update(Contact, { id: row.personContactId, orgId: ctx.orgId }, fields);
      return;
    }
    const contact = await ctx.em.save(ctx.em.create(Contact, { orgId: ctx.orgId, ...fields }));
    await ctx.em.update(Account, { id: row.id }, { personContactId: contact.id });
    row.personContactId = contact.id;
  }
}

export const accountService = new AccountService();
