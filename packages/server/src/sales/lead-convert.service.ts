import type { RequestContext } from '../api/request-context';
import type { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import type { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { assertId, badInput, conflict } from '../common/errors';
import type { Lead } from './lead.entity';
import { leadService } from './lead.service';
import type { LeadConvertInput, LeadConvertResult } from './lead.types';
import { Opportunity } from './opportunity.entity';
import { opportunityService } from './opportunity.service';
import { CARRIED } from './picklists';

type Fields = Record<string, unknown>;

/** Target field ← lead field, for the account and the contact. */
const ACCOUNT_MAP: Record<string, keyof Lead> = {
  industry: 'industry', annualRevenue: 'annualRevenue', numberOfEmployees: 'numberOfEmployees',
  billingStreet: 'street', billingCity: 'city', billingState: 'state', billingPostalCode: 'postalCode', billingCountry: 'country',
};
const CONTACT_MAP: Record<string, keyof Lead> = {
  salutation: 'salutation', firstName: 'firstName', title: 'title', email: 'email', phone: 'phone', mobilePhone: 'mobilePhone',
  leadSource: 'leadSource', mailingStreet: 'street', mailingCity: 'city', mailingState: 'state', mailingPostalCode: 'postalCode',
  mailingCountry: 'country', description: 'description',
};

const blank = (v: unknown) => v === null || v === undefined || v === '';
const isoDate = (daysFromNow = 0) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** The lead's values for `map`; with `target`, only for the target's blank fields (merge). */
function mapped(lead: Lead, map: Record<string, keyof Lead>, target?: object): Fields {
  const out: Fields = {};
  for (const [to, from] of Object.entries(map)) {
    if (blank(lead[from]) || (target && !blank((target as Fields)[to]))) continue;
    out[to] = lead[from];
  }
  return out;
}

/**
 * Salesforce convertLead: creates or merges the account and contact, creates the opportunity,
 * moves the lead's campaign memberships and activities to the contact, and marks the lead
 * converted, all in one transaction.
 */
export class LeadConvertService {
  convert(ctx: RequestContext, input: LeadConvertInput): Promise<LeadConvertResult> {
    return ctx.transaction(async () => {
      const lead = await leadService.loadForWrite(ctx, input.leadId, 'leadId');
      if (lead.isConverted) throw conflict('leadId', 'This lead was already converted');
      const status = await leadService.status(ctx, input.convertedStatus);
      if (!status?.isConverted) throw badInput('convertedStatus', `"${input.convertedStatus}" is not a converted lead status`);
      if (input.ownerId) await leadService.assertNewOwner(ctx, input.ownerId);
      const ownerId = input.ownerId ?? lead.ownerId;

      const account = await this.account(ctx, lead, input, ownerId);
      const contact = await this.contact(ctx, lead, input, account, ownerId);
      const opportunityId = input.opportunityId
        ? await this.existingOpportunity(ctx, lead, input, account, contact)
        : input.doNotCreateOpportunity ? null : await this.opportunity(ctx, lead, input, account, contact, ownerId);

      Object.assign(lead, {
        status: status.apiName, isConverted: true, convertedDate: isoDate(),
        convertedAccountId: account.id, convertedContactId: contact.id, convertedOpportunityId: opportunityId,
      });
      await ctx.em.save(lead);
      await this.moveCampaignMembers(ctx, lead, contact.id);
      const newOwner = input.ownerId && input.ownerId !== lead.ownerId ? input.ownerId : null;
      await this.moveActivities(ctx, lead, { contactId: contact.id, accountId: account.id, opportunityId, newOwner });
      return { leadId: lead.id, accountId: account.id, contactId: contact.id, opportunityId };
    });
  }

  /** The given account with its blank fields filled, or a new one named after the company. */
  private async account(ctx: RequestContext, lead: Lead, input: LeadConvertInput, ownerId: string): Promise<Account> {
    if (!input.accountId) {
      return accountService.create(ctx, { name: lead.company, ...mapped(lead, ACCOUNT_MAP), ownerId });
    }
    const existing = await accountService.loadForWrite(ctx, input.accountId, 'accountId');
    const fill = mapped(lead, ACCOUNT_MAP, existing);
    return Object.keys(fill).length ? accountService.update(ctx, existing.id, fill) : existing;
  }

  /** The given contact (of the account) with its blank fields filled, or a new one. */
  private async contact(ctx: RequestContext, lead: Lead, input: LeadConvertInput, account: Account, ownerId: string): Promise<Contact> {
    if (!input.contactId) {
      return contactService.create(ctx, {
        lastName: lead.lastName, ...mapped(lead, CONTACT_MAP), doNotCall: lead.doNotCall,
        hasOptedOutOfEmail: lead.hasOptedOutOfEmail, accountId: account.id, ownerId, [CARRIED]: ['leadSource'],
      });
    }
    if (!input.accountId) throw badInput('contactId', 'Give the accountId of the contact too');
    const existing = await contactService.loadForWrite(ctx, input.contactId, 'contactId');
    if (existing.accountId !== account.id) throw badInput('contactId', 'The contact must belong to the given account');
    const fill = mapped(lead, CONTACT_MAP, existing);
    return Object.keys(fill).length ? contactService.update(ctx, existing.id, { ...fill, [CARRIED]: ['leadSource'] }) : existing;
  }

  /**
   * An open opportunity of the given account the caller can see, its blank fields (contact,
   * lead source, campaign) filled from the lead, as the account and contact merges do.
   */
  private async existingOpportunity(ctx: RequestContext, lead: Lead, input: LeadConvertInput, account: Account, contact: Contact): Promise<string> {
    const id = input.opportunityId!;
    if (input.doNotCreateOpportunity) throw badInput('opportunityId', 'Give either opportunityId or doNotCreateOpportunity');
    if (!input.accountId) throw badInput('opportunityId', 'Give the accountId of the opportunity too');
    const opp = await ctx.loaders.byId(Opportunity, opportunityService.access).load(assertId(id, 'opportunityId'));
    if (!opp) throw badInput('opportunityId', `opportunityId: no Opportunity with id ${id}`);
    if (opp.accountId !== account.id) throw badInput('opportunityId', 'The opportunity must belong to the given account');
    if (opp.isClosed) throw badInput('opportunityId', 'The opportunity is closed: choose an open one');
    const fill: Fields = {};
    if (!opp.contactId) fill.contactId = contact.id;
    if (blank(opp.leadSource) && !blank(lead.leadSource)) fill.leadSource = lead.leadSource;
    if (!opp.campaignId) {
      const campaignId = await this.latestCampaign(ctx, lead);
      if (campaignId) fill.campaignId = campaignId;
    }
    if (Object.keys(fill).length) await opportunityService.update(ctx, opp.id, { ...fill, [CARRIED]: ['leadSource'] });
    return opp.id;
  }

  private async latestCampaign(ctx: RequestContext, lead: Lead): Promise<string | null> {
    const [latest] = await ctx.em.query(
      `SELECT "campaignId" FROM "campaign_member" WHERE "leadId" = $1 AND "orgId" = $2 ORDER BY "createdDate" DESC, "id" DESC LIMIT 1`,
      [lead.id, ctx.orgId],
    );
    return latest?.campaignId ?? null;
  }

  /** A new opportunity in the first open stage, credited to the lead's latest campaign. */
  private async opportunity(ctx: RequestContext, lead: Lead, input: LeadConvertInput, account: Account, contact: Contact, ownerId: string) {
    const stage = (await opportunityService.activeStages(ctx)).find((s) => !s.isClosed);
    if (!stage) throw badInput('doNotCreateOpportunity', 'The organisation has no open opportunity stage');
    const campaignId = await this.latestCampaign(ctx, lead);
    const opp = await opportunityService.create(ctx, {
      name: input.opportunityName ?? `${lead.company}-`.slice(0, 120), stageName: stage.apiName, closeDate: isoDate(30),
      leadSource: lead.leadSource, accountId: account.id, contactId: contact.id, campaignId, ownerId, [CARRIED]: ['leadSource'],
    });
    return opp.id;
  }

  /** Memberships gain the contact (status and response kept) unless it is already a member. */
  private async moveCampaignMembers(ctx: RequestContext, lead: Lead, contactId: string) {
    await ctx.em.query(
      `UPDATE "campaign_member" cm SET "contactId" = $1, "lastModifiedDate" = now()
       WHERE cm."leadId" = $2 AND cm."orgId" = $3 AND cm."contactId" IS NULL
         AND NOT EXISTS (SELECT 1 FROM "campaign_member" o WHERE o."campaignId" = cm."campaignId" AND o."contactId" = $1)`,
      [contactId, lead.id, ctx.orgId],
    );
  }

  /** Tasks and events move from the lead to the contact; open ones go to a newly chosen owner. */
  private async moveActivities(
    ctx: RequestContext,
    lead: Lead,
    to: { contactId: string; accountId: string; opportunityId: string | null; newOwner: string | null },
  ) {
    const open = { task: 'NOT "isClosed"', event: '("endDateTime" IS NULL OR "endDateTime" >= now())' };
    for (const [table, isOpen] of Object.entries(open)) {
      await ctx.em.query(
        `UPDATE "${table}" SET "contactId" = $1, "leadId" = NULL, "accountId" = COALESCE("accountId", $2),
           "opportunityId" = COALESCE("opportunityId", $3),
           "ownerId" = CASE WHEN $4::uuid IS NOT NULL AND ${isOpen} THEN $4::uuid ELSE "ownerId" END, "lastModifiedDate" = now()
         WHERE "leadId" = $5 AND "orgId" = $6`,
        [to.contactId, to.accountId, to.opportunityId, to.newOwner, lead.id, ctx.orgId],
      );
    }
  }
}

export const leadConvertService = new LeadConvertService();
