import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { User } from '../identity/user.entity';
import { lockModelContent, TERRITORY_WRITE_ROLES } from './model-lock';
import { TerritoryType } from './territory-type.entity';
import { Territory } from './territory.entity';
import { territoryList } from './territory.types';

export class TerritoryService extends CrudService<Territory> {
  readonly entity = Territory;
  readonly list = territoryList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  protected async apply(ctx: RequestContext, row: Territory, input: Record<string, unknown>, isNew: boolean) {
    if (input.name === null || !row.name?.trim()) throw badInput('name', 'name is required');
    row.name = row.name.trim();
    if (isNew && !row.modelId) throw badInput('modelId', 'modelId is required');
    // Archived models are read-only (FORBIDDEN).
    await lockModelContent(ctx, row.modelId, isNew ? 'modelId' : 'id');
    // Cycles and over-deep trees are refused by database triggers (BAD_USER_INPUT, field parentId).
    if (typeof input.parentId === 'string') {
      const parent = await this.reference(ctx, Territory, input.parentId, 'parentId', 'org');
      if (parent.modelId !== row.modelId) throw badInput('parentId', 'The parent territory must belong to the same territory model');
    }
    if (typeof input.typeId === 'string') await this.reference(ctx, TerritoryType, input.typeId, 'typeId', 'org');
    if (typeof input.forecastUserId === 'string') {
      const user = await this.reference(ctx, User, input.forecastUserId, 'forecastUserId', 'org');
      if (!user.isActive) throw badInput('forecastUserId', 'The forecast manager must be an active user');
    }
  }

  /** Assignments, rule links and territory quotas go with the territory (FK cascade). */
  protected async beforeDelete(ctx: RequestContext, row: Territory) {
    await lockModelContent(ctx, row.modelId, 'id');
    if (await ctx.em.getRepository(Territory).existsBy({ parentId: row.id })) {
      throw badInput('id', 'This territory has child territories: move or delete them first');
    }
  }
}

export const territoryService = new TerritoryService();
