import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { Opportunity } from './opportunity.entity';
import type { OpportunityStage } from './opportunity-stage.entity';
import { opportunityList } from './opportunity.types';
import { recordHistory } from '../history/field-history';
import { applyStage } from './opportunity-stage-rules';
import { assertPicklistValues, orgStages } from './picklists';
import '../validation/validation-rules';

type Input = Record<string, unknown>;

/** The stage a row had before the input was copied onto it (undefined for new rows). */
const stageBefore = new WeakMap<Opportunity, string | undefined>();

export class OpportunityService extends CrudService<Opportunity> {
  readonly entity = Opportunity;
  readonly list = opportunityList;
  readonly access = 'owner' as const;

  /** Active stages of the caller's org, by sortOrder. */
  async activeStages(ctx: RequestContext): Promise<OpportunityStage[]> {
    return (await orgStages(ctx)).filter((s) => s.isActive);
  }

  /** Amount × probability / 100, in cents; null when either is blank. */
  expectedRevenue(o: Opportunity): number | null {
    if (o.amount == null || o.probability == null) return null;
    return Math.round(Number(o.amount) * Number(o.probability)) / 100;
  }

  protected async applyInput(ctx: RequestContext, row: Opportunity, input: Input, isNew: boolean) {
    stageBefore.set(row, isNew ? undefined : row.stageName);
    // isClosed and isWon follow the stage only.
    const { isClosed: _c, isWon: _w, ...rest } = input;
    await super.applyInput(ctx, row, rest, isNew);
  }

  protected async apply(ctx: RequestContext, row: Opportunity, input: Input, isNew: boolean) {
    for (const f of ['name', 'stageName', 'closeDate'] as const) {
      if (row[f] == null || row[f] === '') throw badInput(f, `${f} is required`);
    }
    // lostReason / competitor requirements are validation rules (src/validation), not code.
    applyStage(row, input, await orgStages(ctx), isNew, stageBefore.get(row));
    await assertPicklistValues(ctx, input);
    await this.checkReferences(ctx, row, input);
  }

  /** Tracked fields' changes, in the write's transaction. */
  protected async afterSave(ctx: RequestContext, row: Opportunity, _isNew: boolean, before?: Record<string, unknown> | null) {
    await recordHistory(ctx, 'Opportunity', [{ recordId: row.id, before: before ?? null, after: row as unknown as Record<string, unknown> }]);
  }

  private async checkReferences(ctx: RequestContext, row: Opportunity, input: Input) {
    if (typeof input.accountId === 'string') await this.reference(ctx, Account, input.accountId, 'accountId', 'owner');
    if (typeof input.campaignId === 'string') await this.reference(ctx, Campaign, input.campaignId, 'campaignId', 'org');
    let contact: Contact | null = null;
    if (typeof input.contactId === 'string') {
      contact = await this.reference(ctx, Contact, input.contactId, 'contactId', 'owner');
    } else if (row.contactId && typeof input.accountId === 'string') {
      // The account changed under an existing contact (which the caller may not see).
      contact = await ctx.em.getRepository(Contact).findOneBy({ id: row.contactId, orgId: ctx.orgId });
    }
    if (contact && row.accountId && contact.accountId !== row.accountId) {
      throw badInput('contactId', 'The contact must belong to the opportunity\'s account');
    }
  }
}

export const opportunityService = new OpportunityService();
