import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { Territory } from './territory.entity';
import { territoryList } from './territory.types';

export class TerritoryService extends CrudService<Territory> {
  readonly entity = Territory;
  readonly list = territoryList;
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN, UserRole.EXECUTIVE, UserRole.SALES_MANAGER];

  protected async apply(ctx: RequestContext, row: Territory, input: Record<string, unknown>) {
    if (input.name === null || !row.name?.trim()) throw badInput('name', 'name is required');
    row.name = row.name.trim();
    // Cycles are refused by a database trigger (BAD_USER_INPUT, field parentId).
    if (typeof input.parentId === 'string') await this.reference(ctx, Territory, input.parentId, 'parentId', 'org');
  }

  protected async beforeDelete(ctx: RequestContext, row: Territory) {
    if (await ctx.em.getRepository(Territory).existsBy({ parentId: row.id })) {
      throw badInput('id', 'This territory has child territories: move or delete them first');
    }
  }
}

export const territoryService = new TerritoryService();
