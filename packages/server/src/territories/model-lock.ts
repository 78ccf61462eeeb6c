import type { RequestContext } from '../api/request-context';
import { assertId, badInput, forbidden } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { TerritoryModel, TerritoryModelState } from './territory-model.entity';
import { Territory } from './territory.entity';

/** Who manages territories, rules, assignments and quotas (Salesforce's "Manage Territories"). */
export const TERRITORY_WRITE_ROLES = [UserRole.ADMIN, UserRole.EXECUTIVE, UserRole.SALES_MANAGER];

/**
 * Every write to a model's content (territories, rules, links, assignments) first takes a shared
 * lock on the model row: state changes take it exclusively, so no write lands in a model while
 * it is being archived. BAD_USER_INPUT if the model is not in the org, FORBIDDEN if archived.
 */
export async function lockModelContent(ctx: RequestContext, modelId: string, field: string): Promise<TerritoryModel> {
  const model = await ctx.em
    .getRepository(TerritoryModel)
    .createQueryBuilder('m')
    .where('m.id = :id AND m."orgId" = :orgId', { id: assertId(modelId, field), orgId: ctx.orgId })
    .setLock('pessimistic_read')
    .getOne();
  if (!model) throw badInput(field, `${field}: no TerritoryModel with id ${modelId}`);
  if (model.state === TerritoryModelState.ARCHIVED) {
    throw forbidden(`Territory model "${model.name}" is archived and read-only`, { field });
  }
  return model;
}

/** A territory of the org referenced by a write, with its model locked for content changes. */
export async function lockTerritoryContent(ctx: RequestContext, territoryId: string, field: string): Promise<Territory> {
  const territory = await ctx.em.findOne(Territory, { where: { id: assertId(territoryId, field), orgId: ctx.orgId } });
  if (!territory) throw badInput(field, `${field}: no Territory with id ${territoryId}`);
  await lockModelContent(ctx, territory.modelId, field);
  return territory;
}
