import type { UserRole } from '@/gql/graphql';

/** Roles whose home shows the team's pipeline and the approvals queue. */
export const MANAGER_ROLES: readonly UserRole[] = ['SALES_MANAGER', 'EXECUTIVE', 'ADMIN'];
