/** The objects validation rules apply to (the server's RULE_OBJECTS). */
export const RULE_OBJECTS = ['Opportunity', 'Lead', 'Account', 'Contact'] as const;
export type RuleObject = (typeof RULE_OBJECTS)[number];

const COMMON = ['ownerId', 'createdDate', 'lastModifiedDate'];

/**
 * The fields a condition may read, per object. The server has no query listing them: this
 * mirrors its allow-list (server src/validation/rule-fields.ts); the server still checks.
 */
export const RULE_FIELDS: Record<RuleObject, readonly string[]> = {
  Opportunity: [
    'name', 'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'isClosed', 'isWon', 'type', 'leadSource',
    'competitor', 'lostReason', 'nextStep', 'description', 'accountId', 'contactId', 'campaignId', ...COMMON,
  ],
  Lead: [
    'salutation', 'firstName', 'lastName', 'company', 'title', 'email', 'phone', 'mobilePhone', 'status', 'leadSource', 'rating',
    'industry', 'annualRevenue', 'numberOfEmployees', 'street', 'city', 'state', 'postalCode', 'country', 'description',
    'doNotCall', 'hasOptedOutOfEmail', 'isConverted', ...COMMON,
  ],
  Account: [
    'name', 'isPersonAccount', 'firstName', 'lastName', 'personEmail', 'personMobilePhone', 'type', 'industry', 'rating',
    'accountSource', 'annualRevenue', 'numberOfEmployees', 'phone', 'website', 'description', 'billingStreet', 'billingCity',
    'billingState', 'billingPostalCode', 'billingCountry', 'parentId', ...COMMON,
  ],
  Contact: [
    'salutation', 'firstName', 'lastName', 'title', 'department', 'email', 'phone', 'mobilePhone', 'leadSource', 'mailingStreet',
    'mailingCity', 'mailingState', 'mailingPostalCode', 'mailingCountry', 'birthdate', 'description', 'doNotCall',
    'hasOptedOutOfEmail', 'accountId', 'reportsToId', ...COMMON,
  ],
};

/** Fields compared as numbers and as true/false (the value box turns into a number / a yes-no). */
export const NUMBER_FIELDS = new Set(['amount', 'probability', 'annualRevenue', 'numberOfEmployees']);
export const BOOLEAN_FIELDS = new Set(['isClosed', 'isWon', 'doNotCall', 'hasOptedOutOfEmail', 'isConverted', 'isPersonAccount']);

/** The condition operators (the server's), by how many values they take. */
export const OPERATORS = [
  'isBlank', 'isNotBlank', 'equals', 'notEquals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'changed', 'stageAtOrAfter', 'stageBefore', 'isNew',
] as const;
export type Operator = (typeof OPERATORS)[number];
export const NO_VALUE_OPS: ReadonlySet<Operator> = new Set(['isBlank', 'isNotBlank', 'changed', 'isNew']);
export const LIST_OPS: ReadonlySet<Operator> = new Set(['in', 'notIn']);
export const STAGE_OPS: ReadonlySet<Operator> = new Set(['stageAtOrAfter', 'stageBefore']);

/** Forecast categories a stage may map to (the server's FORECAST_CATEGORIES). */
export const FORECAST_CATEGORIES = ['Omitted', 'Pipeline', 'Best Case', 'Most Likely', 'Commit', 'Closed'] as const;

/** Opportunity fields a stage may name as key fields (the server's KEY_FIELDS). */
export const KEY_FIELDS = [
  'name', 'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'type', 'leadSource', 'competitor',
  'lostReason', 'nextStep', 'description', 'accountId', 'contactId', 'campaignId', 'ownerId',
] as const;

/** Roles that use Setup (the server's writers of these picklists and rules). */
export const SETUP_ROLES: readonly string[] = ['ADMIN'];
