import { In } from 'typeorm';
import type { RequestContext } from '../api/request-context';
import { LeadStatus } from './lead-status.entity';
import { OpportunityStage } from './opportunity-stage.entity';

type Picklist = typeof OpportunityStage | typeof LeadStatus;

/** All values of one picklist of the caller's org, by sortOrder: one statement per request. */
function loadPicklist<E extends Picklist>(ctx: RequestContext, entity: E): Promise<InstanceType<E>[]> {
  return ctx.loaders
    .get<string, InstanceType<E>[]>(`picklist:${entity.name}`, async (orgIds) => {
      const rows = (await ctx.em.getRepository(entity).find({ where: { orgId: In([...orgIds]) }, order: { sortOrder: 'ASC' } })) as InstanceType<E>[];
      return orgIds.map((orgId) => rows.filter((r) => r.orgId === orgId));
    })
    .load(ctx.orgId);
}

/** Every opportunity stage of the org, active or not. */
export const orgStages = (ctx: RequestContext) => loadPicklist(ctx, OpportunityStage);

/** Every lead status of the org. */
export const orgLeadStatuses = (ctx: RequestContext) => loadPicklist(ctx, LeadStatus);
