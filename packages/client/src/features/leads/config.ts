export const LEADS_PAGE_SIZE = 20;

/** Lead sources of a fresh org (Salesforce's newer set plus the demo's); the API stores free text. */
export const LEAD_SOURCES = [
  'Web',
  'Phone Inquiry',
  'Partner Referral',
  'Purchased List',
  'Trade Show',
  'Employee Referral',
  'Advertisement',
  'Seminar - Internal',
  'Word of mouth',
  'Other',
] as const;

export const RATINGS = ['Hot', 'Warm', 'Cold'] as const;

/** The status a new lead waits in until someone contacts it. */
export const REVIEW_STATUS = 'Open - Not Contacted';
