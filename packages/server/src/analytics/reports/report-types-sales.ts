import type { RequestContext } from '../../api/request-context';
import { Account } from '../../accounts/account.entity';
import { Contact } from '../../accounts/contact.entity';
import { Campaign } from '../../campaigns/campaign.entity';
import { User } from '../../identity/user.entity';
import { Lead } from '../../sales/lead.entity';
import { Opportunity } from '../../sales/opportunity.entity';
import { Competitor } from '../../sales/competitor.entity';
import { ObjectTerritoryAssociation } from '../../territories/object-territory-association.entity';
import { Territory } from '../../territories/territory.entity';
import { TerritoryModel } from '../../territories/territory-model.entity';
import { ReportFieldType as T, ReportTypeName as N } from './report-enums';
import { OPPORTUNITY_CLOSE_MONTH } from '../kpis/kpi-summary';
import { scopeQuery } from '../../common/access';
import { field, joinVisible, reportType, scopedFrom, type ReportFieldDef, type Uses } from './report-type-def';

const FORECAST_CATEGORIES = ['Omitted', 'Pipeline', 'Best Case', 'Most Likely', 'Commit', 'Closed'];
const RATINGS = ['Hot', 'Warm', 'Cold'];

const owner = (a: string): ReportFieldDef[] => [field('ownerName', 'Owner', T.STRING, 'u.name'), field('ownerId', 'Owner ID', T.ID, `${a}."ownerId"`)];
const stamps = (a: string): ReportFieldDef[] => [
  field('createdDate', 'Created Date', T.DATETIME, `${a}."createdDate"`),
  field('lastModifiedDate', 'Last Modified Date', T.DATETIME, `${a}."lastModifiedDate"`),
];

const OPPORTUNITY_FIELDS: ReportFieldDef[] = [
  field('id', 'Opportunity ID', T.ID, 'o.id'),
  field('name', 'Opportunity Name', T.STRING, 'o.name'),
  field('accountName', 'Account Name', T.STRING, 'acc.name'),
  { ...field('stageName', 'Stage', T.PICKLIST, 'o."stageName"'), storedValues: { table: 'opportunity_stage', column: 'apiName' } },
  field('amount', 'Amount', T.CURRENCY, 'o.amount'),
  field('probability', 'Probability (%)', T.PERCENT, 'o.probability'),
  field('expectedRevenue', 'Expected Revenue', T.CURRENCY, 'round(o.amount * o.probability / 100, 2)'),
  field('closeDate', 'Close Date', T.DATE, 'o."closeDate"'),
  field('forecastCategoryName', 'Forecast Category', T.PICKLIST, 'o."forecastCategoryName"', FORECAST_CATEGORIES),
  field('isClosed', 'Closed', T.BOOLEAN, 'o."isClosed"'),
  field('isWon', 'Won', T.BOOLEAN, 'o."isWon"'),
  field('type', 'Type', T.PICKLIST, 'o.type', ['New Business', 'Existing Business']),
  field('leadSource', 'Lead Source', T.PICKLIST, 'o."leadSource"'),
  field('competitor', 'Competitor', T.PICKLIST, 'o.competitor'),
  field('lostReason', 'Lost Reason', T.PICKLIST, 'o."lostReason"'),
  field('nextStep', 'Next Step', T.STRING, 'o."nextStep"'),
  field('campaignName', 'Primary Campaign Source', T.STRING, 'camp.name'),
  ...owner('o'),
  ...stamps('o'),
];

const OPPORTUNITY_SCOPE = { owner: 'o."ownerId"', account: 'o."accountId"' };

// Lookups (one row at most) are joined only when a run reads them.
function opportunityQuery(ctx: RequestContext, uses: Uses) {
  const qb = scopedFrom(ctx, Opportunity, 'o', 'owner');
  if (uses('acc')) joinVisible(ctx, qb, Account, 'acc', 'acc.id = o."accountId"', 'owner');
  if (uses('camp')) joinVisible(ctx, qb, Campaign, 'camp', 'camp.id = o."campaignId"', 'org');
  if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = o."ownerId"', 'org');
  return qb;
}

export const opportunities = reportType(N.opportunities, 'Opportunities', OPPORTUNITY_FIELDS,
  ['name', 'accountName', 'stageName', 'amount', 'closeDate', 'ownerName'], 'id',
  (ctx, uses) => [{ key: 'opportunity', qb: opportunityQuery(ctx, uses) }],
  {
    scope: OPPORTUNITY_SCOPE,
    summary: {
      // Opportunities per owner, close month, stage and win/loss columns (AnalyticsSummaries migration).
      dateField: 'closeDate', dims: ['stageName', 'isClosed', 'isWon', 'competitor', 'lostReason', 'ownerId', 'ownerName'],
      rows: 'o.n', measures: { amount: { sum: 'o.amount', count: 'o."amountCount"' } },
      branch: (ctx, uses) => {
        const qb = scopeQuery(ctx, ctx.em.createQueryBuilder().from(OPPORTUNITY_CLOSE_MONTH.name, 'o'), 'o', 'owner').andWhere('o.n > 0');
        if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = o."ownerId"', 'org');
        return { key: 'opportunity', qb };
      },
      // Rows per owner, no account: a territory scope reads the records.
      scope: { owner: 'o."ownerId"' },
    },
  });

export const opportunitiesWithCompetitors = reportType(N.opportunitiesWithCompetitors, 'Opportunities with Competitors', [
  ...OPPORTUNITY_FIELDS,
  field('competitorName', 'Competitor Name', T.STRING, 'comp.name'),
  field('competitorStrengths', 'Competitor Strengths', T.STRING, 'comp.strengths'),
  field('competitorWeaknesses', 'Competitor Weaknesses', T.STRING, 'comp.weaknesses'),
  field('competitorIsActive', 'Competitor Active', T.BOOLEAN, 'comp."isActive"'),
], ['name', 'competitorName', 'stageName', 'amount', 'lostReason', 'ownerName'], 'id', (ctx, uses) => {
  const qb = opportunityQuery(ctx, uses);
  // Opportunity.competitor names a Competitor of the org; competitors are read by everyone.
  joinVisible(ctx, qb, Competitor, 'comp', 'comp.name = o.competitor', 'org', true);
  return [{ key: 'opportunity', qb }];
}, { scope: OPPORTUNITY_SCOPE });

export const leads = reportType(N.leads, 'Leads', [
  field('id', 'Lead ID', T.ID, 'l.id'),
  field('name', 'Name', T.STRING, 'l.name'),
  field('firstName', 'First Name', T.STRING, 'l."firstName"'),
  field('lastName', 'Last Name', T.STRING, 'l."lastName"'),
  field('company', 'Company', T.STRING, 'l.company'),
  field('title', 'Title', T.STRING, 'l.title'),
  field('email', 'Email', T.STRING, 'l.email'),
  field('phone', 'Phone', T.STRING, 'l.phone'),
  field('status', 'Lead Status', T.PICKLIST, 'l.status'),
  field('leadSource', 'Lead Source', T.PICKLIST, 'l."leadSource"'),
  field('rating', 'Rating', T.PICKLIST, 'l.rating', RATINGS),
  field('industry', 'Industry', T.PICKLIST, 'l.industry'),
  field('annualRevenue', 'Annual Revenue', T.CURRENCY, 'l."annualRevenue"'),
  field('numberOfEmployees', 'Employees', T.NUMBER, 'l."numberOfEmployees"'),
  field('city', 'City', T.STRING, 'l.city'),
  field('state', 'State/Province', T.STRING, 'l.state'),
  field('country', 'Country', T.STRING, 'l.country'),
  field('isConverted', 'Converted', T.BOOLEAN, 'l."isConverted"'),
  field('convertedDate', 'Converted Date', T.DATE, 'l."convertedDate"'),
  ...owner('l'),
  ...stamps('l'),
], ['name', 'company', 'status', 'leadSource', 'ownerName', 'createdDate'], 'id', (ctx, uses) => {
  const qb = scopedFrom(ctx, Lead, 'l', 'owner');
  if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = l."ownerId"', 'org');
  return [{ key: 'lead', qb }];
}, { scope: { owner: 'l."ownerId"', account: 'l."convertedAccountId"' } });

export const contacts = reportType(N.contacts, 'Contacts', [
  field('id', 'Contact ID', T.ID, 'c.id'),
  field('name', 'Name', T.STRING, 'c.name'),
  field('firstName', 'First Name', T.STRING, 'c."firstName"'),
  field('lastName', 'Last Name', T.STRING, 'c."lastName"'),
  field('title', 'Title', T.STRING, 'c.title'),
  field('department', 'Department', T.STRING, 'c.department'),
  field('email', 'Email', T.STRING, 'c.email'),
  field('phone', 'Phone', T.STRING, 'c.phone'),
  field('leadSource', 'Lead Source', T.PICKLIST, 'c."leadSource"'),
  field('mailingCity', 'Mailing City', T.STRING, 'c."mailingCity"'),
  field('mailingCountry', 'Mailing Country', T.STRING, 'c."mailingCountry"'),
  field('birthdate', 'Birthdate', T.DATE, 'c.birthdate'),
  field('accountName', 'Account Name', T.STRING, 'acc.name'),
  ...owner('c'),
  ...stamps('c'),
], ['name', 'title', 'email', 'accountName', 'ownerName'], 'id', (ctx, uses) => {
  const qb = scopedFrom(ctx, Contact, 'c', 'owner');
  if (uses('acc')) joinVisible(ctx, qb, Account, 'acc', 'acc.id = c."accountId"', 'owner');
  if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = c."ownerId"', 'org');
  return [{ key: 'contact', qb }];
}, { scope: { owner: 'c."ownerId"', account: 'c."accountId"' } });

export const accountsWithTerritories = reportType(N.accountsWithTerritories, 'Accounts with Territories', [
  field('id', 'Account ID', T.ID, 'a.id'),
  field('name', 'Account Name', T.STRING, 'a.name'),
  field('type', 'Type', T.PICKLIST, 'a.type'),
  field('industry', 'Industry', T.PICKLIST, 'a.industry'),
  field('rating', 'Rating', T.PICKLIST, 'a.rating', RATINGS),
  field('accountSource', 'Account Source', T.PICKLIST, 'a."accountSource"'),
  field('annualRevenue', 'Annual Revenue', T.CURRENCY, 'a."annualRevenue"'),
  field('numberOfEmployees', 'Employees', T.NUMBER, 'a."numberOfEmployees"'),
  field('billingCity', 'Billing City', T.STRING, 'a."billingCity"'),
  field('billingState', 'Billing State/Province', T.STRING, 'a."billingState"'),
  field('billingCountry', 'Billing Country', T.STRING, 'a."billingCountry"'),
  field('territoryName', 'Territory', T.STRING, 'terr.name'),
  field('territoryModelName', 'Territory Model', T.STRING, 'tm.name'),
  field('territoryModelState', 'Territory Model State', T.PICKLIST, 'tm.state', ['PLANNING', 'ACTIVE', 'ARCHIVED']),
  field('associationCause', 'Assigned By', T.PICKLIST, 'ota."associationCause"', ['TERRITORY_MANUAL', 'TERRITORY_RULE']),
  ...owner('a'),
  ...stamps('a'),
], ['name', 'territoryName', 'type', 'industry', 'ownerName'], 'id', (ctx, uses) => {
  const qb = scopedFrom(ctx, Account, 'a', 'owner');
  // One row per account and territory: the association is always joined, its lookups when read.
  joinVisible(ctx, qb, ObjectTerritoryAssociation, 'ota', 'ota."accountId" = a.id', 'org');
  if (uses('terr') || uses('tm')) joinVisible(ctx, qb, Territory, 'terr', 'terr.id = ota."territoryId"', 'org');
  if (uses('tm')) joinVisible(ctx, qb, TerritoryModel, 'tm', 'tm.id = terr."modelId"', 'org');
  if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = a."ownerId"', 'org');
  return [{ key: 'account', qb }];
}, { scope: { owner: 'a."ownerId"', account: 'a.id' } });
