/** The objects validation rules apply to. */
export const RULE_OBJECTS = ['Opportunity', 'Lead', 'Account', 'Contact'] as const;
export type RuleObject = (typeof RULE_OBJECTS)[number];

export const isRuleObject = (name: string): name is RuleObject => (RULE_OBJECTS as readonly string[]).includes(name);

const COMMON = ['ownerId', 'createdDate', 'lastModifiedDate'];

/** The fields a condition may read, per object (record fields only; never SQL). */
export const RULE_FIELDS: Record<RuleObject, ReadonlySet<string>> = {
  Opportunity: new Set([
    ...COMMON, 'name', 'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'isClosed', 'isWon', 'type',
    'leadSource', 'competitor', 'lostReason', 'nextStep', 'description', 'accountId', 'contactId', 'campaignId',
  ]),
  Lead: new Set([
    ...COMMON, 'salutation', 'firstName', 'lastName', 'company', 'title', 'email', 'phone', 'mobilePhone', 'status', 'leadSource',
    'rating', 'industry', 'annualRevenue', 'numberOfEmployees', 'street', 'city', 'state', 'postalCode', 'country', 'description',
    'doNotCall', 'hasOptedOutOfEmail', 'isConverted',
  ]),
  Account: new Set([
    ...COMMON, 'name', 'isPersonAccount', 'firstName', 'lastName', 'personEmail', 'personMobilePhone', 'type', 'industry', 'rating',
    'accountSource', 'annualRevenue', 'numberOfEmployees', 'phone', 'website', 'description', 'billingStreet', 'billingCity',
    'billingState', 'billingPostalCode', 'billingCountry', 'parentId',
  ]),
  Contact: new Set([
    ...COMMON, 'salutation', 'firstName', 'lastName', 'title', 'department', 'email', 'phone', 'mobilePhone', 'leadSource',
    'mailingStreet', 'mailingCity', 'mailingState', 'mailingPostalCode', 'mailingCountry', 'birthdate', 'description', 'doNotCall',
    'hasOptedOutOfEmail', 'accountId', 'reportsToId',
  ]),
};
