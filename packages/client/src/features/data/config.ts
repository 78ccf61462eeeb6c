import type { BulkObjectApiName } from '@/gql/graphql';

export const BULK_OBJECTS: readonly BulkObjectApiName[] = ['Account', 'Contact', 'Lead', 'Opportunity'];

/**
 * The fields mass update may set, per object. The server lists none in a query for mass update
 * (importPreview lists the import's): this mirrors its writable lists (server src/bulk/bulk-objects.ts).
 */
export const MASS_UPDATE_FIELDS: Record<BulkObjectApiName, readonly string[]> = {
  Opportunity: [
    'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'type', 'leadSource', 'competitor', 'lostReason',
    'nextStep', 'description', 'name', 'accountId', 'campaignId', 'ownerId', 'externalId',
  ],
  Lead: [
    'status', 'rating', 'leadSource', 'industry', 'ownerId', 'salutation', 'firstName', 'lastName', 'company', 'title', 'email', 'phone',
    'mobilePhone', 'annualRevenue', 'numberOfEmployees', 'street', 'city', 'state', 'postalCode', 'country', 'description',
    'doNotCall', 'hasOptedOutOfEmail', 'externalId',
  ],
  Account: [
    'type', 'industry', 'rating', 'accountSource', 'ownerId', 'name', 'annualRevenue', 'numberOfEmployees', 'phone', 'website',
    'description', 'billingStreet', 'billingCity', 'billingState', 'billingPostalCode', 'billingCountry', 'parentId', 'externalId',
  ],
  Contact: [
    'title', 'department', 'leadSource', 'ownerId', 'accountId', 'salutation', 'firstName', 'lastName', 'email', 'phone',
    'mobilePhone', 'mailingStreet', 'mailingCity', 'mailingState', 'mailingPostalCode', 'mailingCountry', 'birthdate', 'description',
    'doNotCall', 'hasOptedOutOfEmail', 'externalId',
  ],
};

/** The one extra text filter of each object's rows (besides name and owner). */
export const EXTRA_FILTER: Record<BulkObjectApiName, string> = {
  Opportunity: 'stageName',
  Lead: 'status',
  Account: 'type',
  Contact: 'leadSource',
};

/** Objects import may match on email. */
export const EMAIL_MATCH: ReadonlySet<BulkObjectApiName> = new Set(['Lead', 'Contact']);
