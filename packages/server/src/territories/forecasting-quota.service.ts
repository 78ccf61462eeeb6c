import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, conflict, forbidden } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { User } from '../identity/user.entity';
import { ForecastingQuota } from './forecasting-quota.entity';
import { forecastingQuotaList } from './forecasting-quota.types';
import { lockTerritoryContent, TERRITORY_WRITE_ROLES } from './model-lock';

type Input = Record<string, unknown>;

/**
 * Monthly quotas (revenue and/or quantity, optionally per territory and product family). Managers set the quotas of the users below them, admins and executives anyone's;
 * nobody but an admin sets their own (Salesforce: users can't edit their own quota).
 */
export class ForecastingQuotaService extends CrudService<ForecastingQuota> {
  readonly entity = ForecastingQuota;
  readonly list = forecastingQuotaList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  protected async applyInput(ctx: RequestContext, row: ForecastingQuota, input: Input, isNew: boolean) {
    if (isNew) {
      const owner = await this.reference(ctx, User, input.quotaOwnerId as string, 'quotaOwnerId', 'org');
      if (!owner.isActive) throw badInput('quotaOwnerId', 'The quota owner must be an active user');
      row.quotaOwnerId = owner.id;
      if (typeof input.territoryId === 'string') row.territoryId = (await lockTerritoryContent(ctx, input.territoryId, 'territoryId')).id;
      row.territoryId ??= null;
      row.productFamily = typeof input.productFamily === 'string' && input.productFamily.trim() ? input.productFamily.trim() : null;
    } else if (row.territoryId) {
      await lockTerritoryContent(ctx, row.territoryId, 'id');
    }
    await this.assertManages(ctx, row.quotaOwnerId);
    if (input.startDate === null) throw badInput('startDate', 'startDate cannot be blank');
    for (const k of ['startDate', 'quotaAmount', 'quotaQuantity'] as const) if (input[k] !== undefined) (row as unknown as Input)[k] = input[k];
    row.quotaAmount ??= null;
    row.quotaQuantity ??= null;
    if (row.quotaAmount === null && row.quotaQuantity === null) throw badInput('quotaAmount', 'Give a quotaAmount or a quotaQuantity');
    if (!/^\d{4}-\d{2}-01$/.test(row.startDate)) throw badInput('startDate', 'startDate must be the first day of a month');
    const dup = await ctx.em
      .getRepository(ForecastingQuota)
      .createQueryBuilder('q')
      .where('q."quotaOwnerId" = :o AND q."startDate" = :d AND q."territoryId" IS NOT DISTINCT FROM :t AND q."productFamily" IS NOT DISTINCT FROM :f AND q.id IS DISTINCT FROM :id', {
        o: row.quotaOwnerId, d: row.startDate, t: row.territoryId, f: row.productFamily, id: row.id ?? null,
      })
      .getExists();
    if (dup) throw conflict('startDate', 'This user already has a quota for this month' + (row.territoryId ? ' in this territory' : '') + (row.productFamily ? ' for this product family' : ''));
  }

  protected async beforeDelete(ctx: RequestContext, row: ForecastingQuota) {
    if (row.territoryId) await lockTerritoryContent(ctx, row.territoryId, 'id');
    await this.assertManages(ctx, row.quotaOwnerId);
  }

  private async assertManages(ctx: RequestContext, ownerId: string) {
    if (ownerId === ctx.user.id && ctx.user.role !== UserRole.ADMIN) throw forbidden('You cannot set your own quota', { field: 'quotaOwnerId' });
    if (!ctx.seesWholeOrg && !(await ctx.loaders.teamIds()).has(ownerId)) {
      throw forbidden('You can only set quotas of users below you', { field: 'quotaOwnerId' });
    }
  }
}

export const forecastingQuotaService = new ForecastingQuotaService();
