import type { ClassType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import type { AccessPolicy } from '../common/access';
import { Lead } from '../sales/lead.entity';
import { leadService } from '../sales/lead.service';
import { Opportunity } from '../sales/opportunity.entity';
import { opportunityService } from '../sales/opportunity.service';
import { Case } from '../service/case.entity';
import { caseService } from '../service/case.service';

/**
 * A searched expression over the alias `t`. It must be exactly the expression of a trigram GIN
 * index of migration 1795520000000-Search, so that every LIKE on it is indexed.
 * `name`: the record's name (prefix and word-prefix matches for short terms, every word in any order);
 * `text`: email and the like (prefix for short terms); `phone`: digits of one or more numbers
 * joined by '|', compared with the digits of the term.
 */
export interface SearchField {
  sql: string;
  kind: 'name' | 'text' | 'phone';
  /** The column itself, for scans of terms without cased letters. */
  column?: string;
}

export interface SearchObject {
  objectApiName: 'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'Case';
  entity: ClassType<object>;
  access: AccessPolicy;
  /** The hit's name and subtitle, as SQL over `t`. */
  name: string;
  subtitle: string;
  fields: SearchField[];
}

/** Digits of the given phone columns, one number per '|'-separated part. */
const digits = (...cols: string[]) => `regexp_replace(${cols.map((c) => `coalesce(t."${c}", '')`).join(` || '|' || `)}, '[^0-9|]', '', 'g')`;
const lower = (col: string) => `lower(t."${col}")`;
/** A name or text field on `col`: indexed as lower(col). */
const field = (col: string, kind: 'name' | 'text'): SearchField => ({ sql: lower(col), kind, column: `t."${col}"` });

export const SEARCH_OBJECTS: readonly SearchObject[] = [
  {
    objectApiName: 'Account', entity: Account, access: accountService.access,
    name: 't."name"', subtitle: `concat_ws(' · ', t."personEmail", t."phone", t."billingCity")`,
    fields: [field('name', 'name'), field('personEmail', 'text'), { sql: digits('phone', 'personMobilePhone'), kind: 'phone' }],
  },
  {
    objectApiName: 'Contact', entity: Contact, access: contactService.access,
    name: 't."name"', subtitle: `concat_ws(' · ', t."email", t."phone", t."mobilePhone")`,
    fields: [field('name', 'name'), field('email', 'text'), { sql: digits('phone', 'mobilePhone'), kind: 'phone' }],
  },
  {
    objectApiName: 'Lead', entity: Lead, access: leadService.access,
    name: 't."name"', subtitle: `concat_ws(' · ', t."company", t."email", t."phone")`,
    fields: [
      field('name', 'name'), field('company', 'name'),
      field('email', 'text'), { sql: digits('phone', 'mobilePhone'), kind: 'phone' },
    ],
  },
  {
    objectApiName: 'Opportunity', entity: Opportunity, access: opportunityService.access,
    name: 't."name"', subtitle: `t."stageName"`,
    fields: [field('name', 'name')],
  },
  {
    objectApiName: 'Case', entity: Case, access: caseService.access,
    name: `coalesce(t."subject", t."caseNumber")`, subtitle: `concat_ws(' · ', t."caseNumber", t."status")`,
    fields: [field('subject', 'name'), field('caseNumber', 'text'), field('suppliedEmail', 'text')],
  },
];

export const SEARCH_OBJECT_NAMES = SEARCH_OBJECTS.map((o) => o.objectApiName);
