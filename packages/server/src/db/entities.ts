import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Organization } from '../identity/organization.entity';
import { User } from '../identity/user.entity';

/** Every TypeORM entity; migrations are generated from these. */
export const entities = [Organization, User, Account, Contact];
