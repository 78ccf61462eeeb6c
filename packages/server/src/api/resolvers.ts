import { AccountResolver, ContactResolver } from '../accounts/accounts.resolver';
import { OrganizationResolver, UserResolver } from '../identity/identity.resolver';

/** Every resolver class of the schema, by domain. */
export const resolvers = [UserResolver, OrganizationResolver, AccountResolver, ContactResolver] as const;
