import type { UserRole } from '@/gql/graphql';

/** Users listed at most (one page: an organisation has a few dozen). */
export const USERS_LIMIT = 200;

/** The roles a user can be given, in the order the role select lists them. */
export const USER_ROLES: readonly UserRole[] = ['ADMIN', 'EXECUTIVE', 'SALES_MANAGER', 'SALES_REP', 'MARKETING_USER', 'SERVICE_AGENT'];

/** Roles that manage users (the server's writeRoles for User). */
export const USER_MANAGER_ROLES: readonly string[] = ['ADMIN'];
