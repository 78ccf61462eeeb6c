import { In } from 'typeorm';
import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import { Competitor } from './competitor.entity';
import { LeadSource } from './lead-source.entity';
import { LeadStatus } from './lead-status.entity';
import { LostReason } from './lost-reason.entity';
import { OpportunityStage } from './opportunity-stage.entity';

type Picklist = typeof OpportunityStage | typeof LeadStatus | typeof LostReason | typeof Competitor | typeof LeadSource;

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

/** Every lead source of the org, by sortOrder. */
export const orgLeadSources = (ctx: RequestContext) => loadPicklist(ctx, LeadSource);

/** Lead.rating: a fixed picklist, as in Salesforce. */
export const RATINGS = ['Hot', 'Warm', 'Cold'] as const;

/**
 * Input key (a symbol: never copied onto the record) naming fields whose values are carried over
 * from a record that already holds them (lead conversion): they stay valid though inactive.
 */
export const CARRIED = Symbol('carried picklist values');

/** Which picklist fields each object's writes check. */
const CHECKED: Record<string, readonly string[]> = {
  Opportunity: ['competitor', 'lostReason', 'leadSource'], Lead: ['leadSource', 'rating'], Contact: ['leadSource'],
};

/** Every competitor of the org, by name. */
export const orgCompetitors = (ctx: RequestContext) => loadPicklist(ctx, Competitor, 'name');

/**
 * Picklist values given in an input of `object` (competitor, lost reason, lead source, rating)
 * must be active values of the org (null or '' clears). Values already stored stay valid until
 * changed. One statement per picklist per request, whatever the number of rows checked.
 */
export async function assertPicklistValues(ctx: RequestContext, input: Record<string, unknown>, object = 'Opportunity'): Promise<void> {
  const carried = (input as { [CARRIED]?: string[] })[CARRIED] ?? [];
  const fields = (CHECKED[object] ?? []).filter((f) => !carried.includes(f));
  const given = (f: string) => fields.includes(f) && typeof input[f] === 'string' && input[f] !== '';
  const { competitor, lostReason, leadSource, rating } = input;
  if (given('competitor') && !(await orgCompetitors(ctx)).some((c) => c.isActive && c.name === competitor)) {
    throw badInput('competitor', `"${competitor}" is not an active competitor`);
  }
  if (given('lostReason') && !(await orgLostReasons(ctx)).some((r) => r.isActive && r.apiName === lostReason)) {
    throw badInput('lostReason', `"${lostReason}" is not an active lost reason`);
  }
  if (given('leadSource') && !(await orgLeadSources(ctx)).some((r) => r.isActive && r.apiName === leadSource)) {
    throw badInput('leadSource', `"${leadSource}" is not an active lead source`);
  }
  if (given('rating') && !(RATINGS as readonly unknown[]).includes(rating)) throw badInput('rating', `Rating is one of ${RATINGS.join(', ')}`);
}
