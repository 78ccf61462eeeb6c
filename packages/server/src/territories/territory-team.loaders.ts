import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import { ObjectTerritoryAssociation } from './object-territory-association.entity';
import { TerritoryModel } from './territory-model.entity';
import { territoryModelService } from './territory-model.service';
import { Territory } from './territory.entity';
import { UserTerritoryAssociation } from './user-territory-association.entity';

const LINKS = {
  account: { entity: ObjectTerritoryAssociation, column: 'accountId', extra: '' },
  user: { entity: UserTerritoryAssociation, column: 'userId', extra: ' AND l."isActive"' },
} as const;

/** Territories of many accounts or users in the ACTIVE model, by name: one statement per level. */
export function activeTerritories(ctx: RequestContext, of: keyof typeof LINKS, id: string): Promise<Territory[]> {
  const link = LINKS[of];
  return ctx.loaders
    .get(`activeTerritories:${of}`, async (ids: readonly string[]) => {
      const { entities, raw } = await ctx.em
        .getRepository(Territory)
        .createQueryBuilder('t')
        .innerJoin(link.entity, 'l', `l."territoryId" = t.id${link.extra}`)
        .innerJoin(TerritoryModel, 'm', `m.id = t."modelId" AND m.state = 'ACTIVE'`)
        .addSelect(`l."${link.column}"`, '__owner')
        .where(`l."${link.column}" = ANY(:ids) AND t."orgId" = :orgId`, { ids, orgId: ctx.orgId })
        .orderBy('t.name')
        .addOrderBy('t.id')
        .getRawAndEntities();
      const byId = new Map(entities.map((t) => [t.id, t]));
      return ids.map((owner) => raw.filter((r) => r.__owner === owner).map((r) => byId.get(r.t_id)!));
    })
    .load(id);
}

/** The given model of the org (NOT_FOUND otherwise), or the active one. */
export async function territoryModelFor(ctx: RequestContext, modelId: string | null | undefined): Promise<TerritoryModel> {
  if (modelId) return territoryModelService.findOne(ctx, modelId);
  const active = await territoryModelService.active(ctx);
  if (!active) throw badInput('modelId', 'There is no active territory model: give modelId');
  return active;
}
