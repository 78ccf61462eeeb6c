export const LEADS_PAGE_SIZE = 20;

export const RATINGS = ['Hot', 'Warm', 'Cold'] as const;

/** The status a new lead waits in until someone contacts it. */
export const REVIEW_STATUS = 'Open - Not Contacted';
