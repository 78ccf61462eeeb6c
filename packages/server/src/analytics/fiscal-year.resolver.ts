import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { badInput, forbidden } from '../common/errors';
import { Organization } from '../identity/organization.entity';
import { UserRole } from '../identity/user-role';
import { invalidateWidgets } from './dashboards/widget-cache';
import { CHANNEL, LIVE_OBJECTS } from './live/change-feed';

/**
 * Sets the organisation's fiscal year start month (administrators). Every period a FISCAL literal
 * names may move, so cached widgets are dropped here and, through the change feed, on every
 * server (live dashboards refetch their components).
 */
export async function setFiscalYearStartMonth(ctx: RequestContext, month: number): Promise<Organization> {
  if (ctx.user.role !== UserRole.ADMIN) throw forbidden('Only an administrator can change the fiscal year start month');
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput('month', 'month must be 1 (January) to 12 (December)');
  const org = await ctx.transaction(async () => {
    await ctx.em.getRepository(Organization).update({ id: ctx.orgId }, { fiscalYearStartMonth: month });
    await ctx.em.query(`SELECT pg_notify($1, json_build_object('orgId', $2::uuid, 'objectName', o)::text) FROM unnest($3::text[]) o`, [CHANNEL, ctx.orgId, [...LIVE_OBJECTS]]);
    return ctx.em.getRepository(Organization).findOneByOrFail({ id: ctx.orgId });
  });
  invalidateWidgets(ctx.orgId);
  return org;
}

@Resolver(() => Organization)
export class FiscalYearResolver {
  @Mutation(() => Organization, {
    description: 'Sets Organization.fiscalYearStartMonth (administrators): the fiscal quarters and years the FISCAL date literals name.',
  })
  setFiscalYearStartMonth(@Arg('month', () => Int, { description: '1 (January) to 12 (December).' }) month: number, @Ctx() ctx: RequestContext) {
    return setFiscalYearStartMonth(ctx, month);
  }
}
