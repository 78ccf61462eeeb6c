import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { Account } from './account.entity';
import { accountList } from './account.types';

export class AccountService extends CrudService<Account> {
  readonly entity = Account;
  readonly list = accountList;
  readonly access = 'owner' as const;

  protected async apply(ctx: RequestContext, row: Account, input: Record<string, unknown>) {
    if (row.isPersonAccount) {
      if (!row.lastName) throw badInput('lastName', 'A person account needs a last name');
      row.name = [row.firstName, row.lastName].filter(Boolean).join(' ');
    } else if (!row.name) {
      throw badInput('name', 'name is required');
    }
    // Cycles in the account hierarchy are refused by a database trigger (see the migration).
    if (typeof input.parentId === 'string') await this.reference(ctx, Account, input.parentId, 'parentId', 'owner');
  }
}

export const accountService = new AccountService();
