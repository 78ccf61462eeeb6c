/** Accounts without territory per page. */
export const UNASSIGNED_PAGE_SIZE = 25;

/** Moves a preview or run lists at first; "Show more moves" asks for the server's maximum. */
export const MOVES_PAGE_SIZE = 100;
export const MOVES_MAX = 500;

/** Roles that manage territories, rules and runs (the server's TERRITORY_WRITE_ROLES). */
export const TERRITORY_MANAGER_ROLES: readonly string[] = ['ADMIN', 'EXECUTIVE', 'SALES_MANAGER'];
