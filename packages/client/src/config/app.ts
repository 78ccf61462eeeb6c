/** Opportunity amounts carry no currency in the API yet: show them in this one. */
export const DEFAULT_CURRENCY = 'USD';

export const OPPORTUNITIES_PAGE_SIZE = 20;

export const DEMO_CREDENTIALS = { email: 'admin@demo.example', password: 'demo1234' } as const;
