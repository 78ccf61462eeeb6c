import type { ClassType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { Campaign } from '../campaigns/campaign.entity';
import { User } from '../identity/user.entity';
import type { CrudService } from '../common/crud/crud-service';
import type { TenantEntity } from '../common/tenant.entity';
import { Lead } from '../sales/lead.entity';
import { leadService } from '../sales/lead.service';
import { Opportunity } from '../sales/opportunity.entity';
import { opportunityService } from '../sales/opportunity.service';
import type { RuleObject as BulkObjectName } from '../validation/rule-fields';

/** A field holding another record's id, checked against the caller's access like a single write. */
export interface RefSpec {
  entity: ClassType<TenantEntity>;
  access: 'owner' | 'org';
  /** The referenced record's label column, exported as `<name>.<label>` (e.g. account.name). */
  name: string;
  /** How import files may name the record instead of its id. */
  lookups: Array<'name' | 'externalId' | 'email'>;
}

export interface BulkObject {
  name: BulkObjectName;
  plural: string;
  entity: ClassType<TenantEntity>;
  service: CrudService<TenantEntity>;
  table: string;
  /** Fields mass update and import may set (ids of references included). */
  writable: string[];
  /** Required on every row after the write. */
  required: string[];
  /** Fields holding email addresses (format checked). */
  emails: string[];
  /** References by field: ownerId, accountId, parentId, campaignId. */
  refs: Record<string, RefSpec & { as: string }>;
  /** The email column import may match on (leads, contacts). */
  matchEmail?: string;
  /** Read-only fields exported besides the writable ones. */
  readOnly: string[];
}

const OWNER = { as: 'owner', entity: User as unknown as ClassType<TenantEntity>, access: 'org' as const, name: 'name', lookups: ['email', 'name'] as Array<'name' | 'email'> };
const ACCOUNT = { entity: Account, access: 'owner' as const, name: 'name', lookups: ['externalId', 'name'] as Array<'name' | 'externalId'> };

const objects: BulkObject[] = [
  {
    name: 'Opportunity', plural: 'Opportunities', entity: Opportunity, service: opportunityService as never, table: 'opportunity',
    writable: [
      'name', 'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'type', 'leadSource', 'competitor',
      'lostReason', 'nextStep', 'description', 'accountId', 'campaignId', 'ownerId', 'externalId',
    ],
    required: ['name', 'stageName', 'closeDate'],
    emails: [],
    refs: {
      ownerId: OWNER,
      accountId: { as: 'account', ...ACCOUNT },
      campaignId: { as: 'campaign', entity: Campaign, access: 'org', name: 'name', lookups: ['name'] },
    },
    readOnly: ['isClosed', 'isWon'],
  },
  {
    name: 'Lead', plural: 'Leads', entity: Lead, service: leadService as never, table: 'lead',
    writable: [
      'salutation', 'firstName', 'lastName', 'company', 'title', 'email', 'phone', 'mobilePhone', 'status', 'leadSource', 'rating',
      'industry', 'annualRevenue', 'numberOfEmployees', 'street', 'city', 'state', 'postalCode', 'country', 'description',
      'doNotCall', 'hasOptedOutOfEmail', 'ownerId', 'externalId',
    ],
    required: ['lastName', 'company', 'status'],
    emails: ['email'],
    refs: { ownerId: OWNER },
    matchEmail: 'email',
    readOnly: ['name', 'isConverted', 'convertedDate', 'isUnreadByOwner'],
  },
  {
    name: 'Account', plural: 'Accounts', entity: Account, service: accountService as never, table: 'account',
    writable: [
      'name', 'type', 'industry', 'rating', 'accountSource', 'annualRevenue', 'numberOfEmployees', 'phone', 'website', 'description',
      'billingStreet', 'billingCity', 'billingState', 'billingPostalCode', 'billingCountry', 'parentId', 'ownerId', 'externalId',
    ],
    required: ['name'],
    emails: [],
    refs: { ownerId: OWNER, parentId: { as: 'parent', ...ACCOUNT } },
    readOnly: ['isPersonAccount'],
  },
  {
    name: 'Contact', plural: 'Contacts', entity: Contact, service: contactService as never, table: 'contact',
    writable: [
      'salutation', 'firstName', 'lastName', 'title', 'department', 'email', 'phone', 'mobilePhone', 'leadSource', 'mailingStreet',
      'mailingCity', 'mailingState', 'mailingPostalCode', 'mailingCountry', 'birthdate', 'description', 'doNotCall',
      'hasOptedOutOfEmail', 'accountId', 'ownerId', 'externalId',
    ],
    required: ['lastName'],
    emails: ['email'],
    refs: { ownerId: OWNER, accountId: { as: 'account', ...ACCOUNT } },
    matchEmail: 'email',
    readOnly: ['name'],
  },
];

export const BULK_OBJECTS: Record<BulkObjectName, BulkObject> = Object.fromEntries(objects.map((o) => [o.name, o])) as never;

/** Most rows one mass update, import or export handles. */
export const MAX_BULK_ROWS = 50_000;
/** Most bytes of one CSV file (the JSON body limit is 11 MB). */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
