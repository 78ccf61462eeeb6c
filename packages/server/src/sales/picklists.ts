import { In } from 'typeorm';
import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import { Competitor } from './competitor.entity';
import { LeadStatus } from './lead-status.entity';
import { LostReason } from './lost-reason.entity';
import { OpportunityStage } from './opportunity-stage.entity';

type Picklist = typeof OpportunityStage | typeof LeadStatus | typeof LostReason | typeof Competitor;

/** All values of one picklist of the caller's org, in order: one statement per request. */
function loadPicklist<E extends Picklist>(ctx: RequestContext, entity: E, order: 'sortOrder' | 'name' = 'sortOrder'): Promise<InstanceType<E>[]> {
  return ctx.loaders
    .get<string, InstanceType<E>[]>(`picklist:${entity.name}`, async (orgIds) => {
      const rows = (await ctx.em.getRepository(entity).find({ where: { orgId: In([...orgIds]) }, order: { [order]: 'ASC' } as never })) as InstanceType<E>[];
      return orgIds.map((orgId) => rows.filter((r) => r.orgId === orgId));
    })
    .load(ctx.orgId);
}

/** Every opportunity stage of the org, active or not. */
export const orgStages = (ctx: RequestContext) => loadPicklist(ctx, OpportunityStage);

/** Every lead status of the org. */
export const orgLeadStatuses = (ctx: RequestContext) => loadPicklist(ctx, LeadStatus);

/** Every lost reason of the org, by sortOrder. */
export const orgLostReasons = (ctx: RequestContext) => loadPicklist(ctx, LostReason);

/** Every competitor of the org, by name. */
export const orgCompetitors = (ctx: RequestContext) => loadPicklist(ctx, Competitor, 'name');

/**
 * A competitor or lost reason given in an opportunity input must be one of the org's active
 * values (null clears it). Values already stored stay valid until changed.
 */
export async function assertPicklistValues(ctx: RequestContext, input: Record<string, unknown>): Promise<void> {
  const { competitor, lostReason } = input;
  if (typeof competitor === 'string' && competitor !== '') {
    if (!(await orgCompetitors(ctx)).some((c) => c.isActive && c.name === competitor)) {
      throw badInput('competitor', `"${competitor}" is not an active competitor`);
    }
  }
  if (typeof lostReason === 'string' && lostReason !== '') {
    if (!(await orgLostReasons(ctx)).some((r) => r.isActive && r.apiName === lostReason)) {
      throw badInput('lostReason', `"${lostReason}" is not an active lost reason`);
    }
  }
}
