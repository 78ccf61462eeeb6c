import { registerEnumType } from 'type-graphql';

export enum UserRole {
  ADMIN = 'ADMIN',
  EXECUTIVE = 'EXECUTIVE',
  SALES_MANAGER = 'SALES_MANAGER',
  SALES_REP = 'SALES_REP',
  MARKETING_USER = 'MARKETING_USER',
  SERVICE_AGENT = 'SERVICE_AGENT',
}

registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a user may do; record visibility also follows the manager hierarchy.',
});

/** Roles that see and edit every record of their organisation. */
export const ORG_WIDE_ROLES: readonly UserRole[] = [UserRole.ADMIN, UserRole.EXECUTIVE];
