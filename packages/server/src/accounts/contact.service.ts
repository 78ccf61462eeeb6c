import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { assertPicklistValues } from '../sales/picklists';
import { Account } from './account.entity';
import { Contact } from './contact.entity';
import { contactList } from './contact.types';

export class ContactService extends CrudService<Contact> {
  readonly entity = Contact;
  readonly list = contactList;
  readonly access = 'owner' as const;

  protected async apply(ctx: RequestContext, row: Contact, input: Record<string, unknown>) {
    row.name = [row.firstName, row.lastName].filter(Boolean).join(' ');
    await assertPicklistValues(ctx, input, 'Contact');
    if (typeof input.accountId === 'string') await this.reference(ctx, Account, input.accountId, 'accountId', 'owner');
    if (typeof input.reportsToId === 'string') {
      if (input.reportsToId === row.id) throw badInput('reportsToId', 'A contact cannot report to themselves');
      await this.reference(ctx, Contact, input.reportsToId, 'reportsToId', 'owner');
    }
  }
}

export const contactService = new ContactService();
