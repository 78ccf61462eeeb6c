import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput } from '../common/errors';
import { TERRITORY_WRITE_ROLES } from './model-lock';
import { TerritoryType } from './territory-type.entity';
import { Territory } from './territory.entity';
import { territoryTypeList } from './territory-model.types';

/** Territory types are organisation-wide: every model uses the same ones. */
export class TerritoryTypeService extends CrudService<TerritoryType> {
  readonly entity = TerritoryType;
  readonly list = territoryTypeList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  protected async apply(_ctx: RequestContext, row: TerritoryType, input: Record<string, unknown>) {
    if (input.name === null || !row.name?.trim()) throw badInput('name', 'name is required');
    if (input.priority === null) throw badInput('priority', 'priority is required');
    row.name = row.name.trim();
    // Duplicate names or priorities hit unique indexes (CONFLICT naming the column).
  }

  protected async beforeDelete(ctx: RequestContext, row: TerritoryType) {
    const used = await ctx.em.getRepository(Territory).countBy({ typeId: row.id });
    if (used) throw badInput('id', `This territory type is used by ${used} territor${used === 1 ? 'y' : 'ies'}`);
  }
}

export const territoryTypeService = new TerritoryTypeService();
