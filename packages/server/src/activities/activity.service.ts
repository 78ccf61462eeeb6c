import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import type { TenantEntity } from '../common/tenant.entity';
import { Lead } from '../sales/lead.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { Case } from '../service/case.entity';
import type { Activity } from './activity.entity';

type Input = Record<string, unknown>;
const WHAT = ['accountId', 'opportunityId', 'caseId', 'campaignId'] as const;
const LINKS = ['contactId', 'leadId', ...WHAT] as const;
type Links = Pick<Activity, (typeof LINKS)[number]>;

/**
 * Who/what rules shared by tasks and events. Salesforce's WhoId and WhatId are single fields, so
 * a new who or what replaces the previous one; accountId is the account "what" or, when the what
 * is not an account, derived from the opportunity, the case or the contact.
 */
export abstract class ActivityService<T extends Activity> extends CrudService<T> {
  readonly access = 'owner' as const;

  protected async applyInput(ctx: RequestContext, row: T, input: Input, isNew: boolean): Promise<void> {
    const before: Links | null = isNew ? null : { ...pickLinks(row) };
    await super.applyInput(ctx, row, input, isNew);
    await this.applyLinks(ctx, row, input, before);
  }

  private async applyLinks(ctx: RequestContext, row: Links, input: Input, before: Links | null) {
    if (before && !LINKS.some((k) => input[k] !== undefined)) return;
    const set = (k: string) => input[k] != null;
    if (set('contactId') && set('leadId')) throw badInput('leadId', 'An activity has one "who": give contactId or leadId, not both');
    const whats = WHAT.filter(set);
    if (whats.length > 1) throw badInput(whats[1], `An activity relates to one record: give only one of ${whats.join(', ')}`);
    if (set('contactId')) row.leadId = null;
    if (set('leadId')) row.contactId = null;
    for (const k of WHAT) if (whats.length && k !== whats[0]) row[k] = null;

    const contact = set('contactId')
      ? await this.reference(ctx, Contact, input.contactId as string, 'contactId', 'owner')
      : await this.stored(ctx, Contact, row.contactId);
    if (set('leadId')) {
      const lead = await this.reference(ctx, Lead, input.leadId as string, 'leadId', 'owner');
      if (lead.isConverted) throw badInput('leadId', 'The lead is converted: relate the activity to its contact instead');
    }
    if (set('accountId')) await this.reference(ctx, Account, input.accountId as string, 'accountId', 'owner');
    if (set('campaignId')) await this.reference(ctx, Campaign, input.campaignId as string, 'campaignId', 'org');
    const opp = set('opportunityId')
      ? await this.reference(ctx, Opportunity, input.opportunityId as string, 'opportunityId', 'owner')
      : await this.stored(ctx, Opportunity, row.opportunityId);
    const cs = set('caseId') ? await this.reference(ctx, Case, input.caseId as string, 'caseId', 'owner') : await this.stored(ctx, Case, row.caseId);

    const derive = set('accountId') ? false : whats.length > 0 || input.accountId === null || !before || (await this.wasDerived(ctx, before, contact));
    if (derive) row.accountId = (opp ?? cs ?? contact)?.accountId ?? null;

    const related = WHAT.find((k) => row[k]);
    if (row.leadId && related) {
      const field = whats[0] ?? (set('leadId') ? 'leadId' : related);
      throw badInput(field, 'An activity about a lead cannot be related to another record');
    }
  }

  /** Whether the previous accountId came from the what or the contact (not chosen as the what). */
  private async wasDerived(ctx: RequestContext, before: Links, contact: Contact | null): Promise<boolean> {
    if (before.opportunityId || before.caseId || !before.accountId) return true;
    if (!before.contactId) return false;
    const old = before.contactId === contact?.id ? contact : await this.stored(ctx, Contact, before.contactId);
    return old?.accountId === before.accountId;
  }

  /** A record already linked: read in the org, whether or not the caller may see it. */
  private stored<R extends TenantEntity>(ctx: RequestContext, entity: ClassType<R>, id: string | null): Promise<R | null> {
    return id ? ctx.em.getRepository(entity).findOneBy({ id, orgId: ctx.orgId } as never) : Promise.resolve(null);
  }
}

const pickLinks = (r: Links): Links => ({
  contactId: r.contactId, leadId: r.leadId, accountId: r.accountId, opportunityId: r.opportunityId, caseId: r.caseId, campaignId: r.campaignId,
});
