/** Top-level campaigns per page of the tree ("Show more" loads the next page). */
export const ROOTS_PAGE_SIZE = 50;

export const MEMBERS_PAGE_SIZE = 25;

/** Leads or contacts listed in "Add members" (all matching ones can still be added at once). */
export const CANDIDATES_PAGE_SIZE = 25;

/** Accounts whose name matches a contact's "company" filter; more than this asks to narrow it down. */
export const CANDIDATE_ACCOUNTS_LIMIT = 200;

/** Pause after the last keystroke before the candidate list is searched. */
export const FILTER_DEBOUNCE_MS = 300;
