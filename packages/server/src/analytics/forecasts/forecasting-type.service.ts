import type { RequestContext } from '../../api/request-context';
import { CrudService } from '../../common/crud/crud-service';
import { assertId, badInput, conflict } from '../../common/errors';
import { UserRole } from '../../identity/user-role';
import { ForecastingRoleType, ForecastingType } from './forecasting-type.entity';
import { forecastingTypeList } from './forecasting-type.types';

type Input = Record<string, unknown>;

/** Forecasting types: everyone reads them, admins define them. */
export class ForecastingTypeService extends CrudService<ForecastingType> {
  readonly entity = ForecastingType;
  readonly list = forecastingTypeList;
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN];

  protected async apply(ctx: RequestContext, row: ForecastingType, input: Input, isNew: boolean) {
    if (isNew) {
      row.productFamily = typeof input.productFamily === 'string' && input.productFamily.trim() ? input.productFamily.trim() : null;
      const dup = await ctx.em.getRepository(ForecastingType).existsBy({ orgId: ctx.orgId, developerName: row.developerName });
      if (dup) throw conflict('developerName', 'A forecasting type with this developerName exists');
    }
    for (const k of ['masterLabel', 'isActive', 'hasAdjustments', 'hasOwnerAdjustments'] as const) {
      if (input[k] === null) throw badInput(k, `${k} cannot be blank`);
    }
  }
}

export const forecastingTypeService = new ForecastingTypeService();

/** The type asked for, or the first active one of the hierarchy (BAD_USER_INPUT if there is none). */
export async function resolveForecastingType(ctx: RequestContext, id: string | undefined, roleType: ForecastingRoleType | undefined): Promise<ForecastingType> {
  const repo = ctx.em.getRepository(ForecastingType);
  if (id) {
    const t = await repo.findOneBy({ id: assertId(id, 'forecastingTypeId'), orgId: ctx.orgId });
    if (!t) throw badInput('forecastingTypeId', 'No such forecasting type');
    return t;
  }
  const t = await repo.findOne({ where: { orgId: ctx.orgId, isActive: true, roleType: roleType ?? ForecastingRoleType.ROLE }, order: { createdDate: 'ASC', id: 'ASC' } });
  if (!t) throw badInput('forecastingTypeId', 'No active forecasting type for this hierarchy');
  return t;
}

export async function activeModelId(ctx: RequestContext): Promise<string | null> {
  const [m] = await ctx.em.query(`SELECT id FROM territory_model WHERE "orgId" = $1 AND state = 'ACTIVE'`, [ctx.orgId]);
  return m?.id ?? null;
}
