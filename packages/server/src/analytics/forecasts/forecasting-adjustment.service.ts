import type { RequestContext } from '../../api/request-context';
import { assertId, badInput, conflict, forbidden, notFound } from '../../common/errors';
import { User } from '../../identity/user.entity';
import { UserRole } from '../../identity/user-role';
import { ADJUSTABLE_CATEGORIES, ForecastingAdjustment } from './forecasting-adjustment.entity';
import { ForecastingRoleType, type ForecastingType } from './forecasting-type.entity';
import type { AdjustForecastInput } from './forecast-grid.types';
import { resolveForecastingType } from './forecasting-type.service';

interface Target { subjectId: string; adjustingNodeId: string; isOwner: boolean; ownerId: string | null; territoryId: string | null }

/** Nearest territory at or above `id` (in the ACTIVE model) whose forecast manager is the caller, with its distance. */
const TERRITORY_CHAIN = `
WITH RECURSIVE up(id, parent, fuser, d) AS (
  SELECT t.id, t."parentId", t."forecastUserId", 0 FROM territory t JOIN territory_model m ON m.id = t."modelId" AND m.state = 'ACTIVE'
  WHERE t.id = $1 AND t."orgId" = $2
  UNION ALL SELECT p.id, p."parentId", p."forecastUserId", up.d + 1 FROM territory p JOIN up ON p.id = up.parent WHERE up.d < 100)
SELECT id, fuser, d FROM up ORDER BY d`;

/**
 * Manager adjustments (ForecastingAdjustment) and owner adjustments (ForecastingOwnerAdjustment)
 * of monthly Best Case and Commit items. Each adjusting level keeps its own row, so a manager's
 * adjustment never overwrites one made below or above them; the opportunities are never touched.
 */
export class ForecastingAdjustmentService {
  adjust(ctx: RequestContext, input: AdjustForecastInput): Promise<ForecastingAdjustment> {
    return ctx.transaction(async () => {
      if (!ADJUSTABLE_CATEGORIES.includes(input.forecastingItemCategory)) {
        throw badInput('forecastingItemCategory', 'Only Best Case and Commit forecasts are adjustable');
      }
      if (!/^\d{4}-\d{2}-01$/.test(input.startDate ?? '')) throw badInput('startDate', 'startDate must be the first day of a month');
      if (typeof input.adjustedAmount !== 'number' || !Number.isFinite(input.adjustedAmount) || input.adjustedAmount < 0 || input.adjustedAmount > 1e15) {
        throw badInput('adjustedAmount', 'adjustedAmount must be a number from 0 to 10^15');
      }
      const note = input.adjustmentNote?.trim() || null;
      if (note && note.length > 255) throw badInput('adjustmentNote', 'adjustmentNote is at most 255 characters');
      const type = await resolveForecastingType(ctx, input.forecastingTypeId, undefined);
      if (!type.isActive) throw badInput('forecastingTypeId', 'This forecasting type is not active');
      const target = type.roleType === ForecastingRoleType.TERRITORY ? await this.territoryTarget(ctx, input) : await this.roleTarget(ctx, input);
      this.assertAllowed(type, target);
      const repo = ctx.em.getRepository(ForecastingAdjustment);
      const key = {
        orgId: ctx.orgId, forecastingTypeId: type.id, subjectId: target.subjectId, startDate: input.startDate,
        forecastingItemCategory: input.forecastingItemCategory, adjustingNodeId: target.adjustingNodeId,
      };
      const existing = await repo.createQueryBuilder('a').where(key).setLock('pessimistic_write').getOne();
      if (input.expectedVersion != null && existing?.version !== input.expectedVersion) {
        throw conflict('expectedVersion', 'The adjustment was changed by someone else; reload and try again');
      }
      const row = existing ?? repo.create({ ...key, ownerId: target.ownerId, territoryId: target.territoryId, isOwnerAdjustment: target.isOwner });
      Object.assign(row, { adjustedAmount: input.adjustedAmount, adjustmentNote: note, adjustedById: ctx.user.id });
      return repo.save(row);
    });
  }

  /** The caller removes an adjustment made from their level (admins: any). */
  remove(ctx: RequestContext, id: string): Promise<string> {
    return ctx.transaction(async () => {
      const repo = ctx.em.getRepository(ForecastingAdjustment);
      const row = await repo.createQueryBuilder('a').where({ id: assertId(id), orgId: ctx.orgId }).setLock('pessimistic_write').getOne();
      if (!row) throw notFound('ForecastingAdjustment', id);
      let mine = row.adjustingNodeId === ctx.user.id;
      if (row.territoryId) {
        const [t] = await ctx.em.query(`SELECT "forecastUserId" FROM territory WHERE id = $1 AND "orgId" = $2`, [row.adjustingNodeId, ctx.orgId]);
        mine = t?.forecastUserId === ctx.user.id;
      }
      if (!mine && ctx.user.role !== UserRole.ADMIN) throw forbidden('Only the user who made this adjustment can remove it', { field: 'id' });
      await repo.delete({ id: row.id });
      return row.id;
    });
  }

  private assertAllowed(type: ForecastingType, t: Target) {
    if (t.isOwner && !type.hasOwnerAdjustments) throw badInput('forecastingTypeId', 'This forecasting type does not allow owner adjustments');
    if (!t.isOwner && !type.hasAdjustments) throw badInput('forecastingTypeId', 'This forecasting type does not allow manager adjustments');
  }

  private async roleTarget(ctx: RequestContext, input: AdjustForecastInput): Promise<Target> {
    if (!input.ownerId) throw badInput('ownerId', 'ownerId is required for a role-based forecast');
    if (input.territoryId) throw badInput('territoryId', 'A role-based forecast is adjusted by ownerId');
    const owner = await ctx.em.getRepository(User).findOneBy({ id: assertId(input.ownerId, 'ownerId'), orgId: ctx.orgId });
    if (!owner) throw badInput('ownerId', 'No such user');
    if (owner.id === ctx.user.id) return { subjectId: owner.id, adjustingNodeId: owner.id, isOwner: true, ownerId: owner.id, territoryId: null };
    // teamIds: the caller and everyone below them in the manager hierarchy.
    if (!(await ctx.loaders.teamIds()).has(owner.id)) {
      throw forbidden("Only a manager above this user can adjust their forecast", { field: 'ownerId' });
    }
    return { subjectId: owner.id, adjustingNodeId: ctx.user.id, isOwner: false, ownerId: owner.id, territoryId: null };
  }

  private async territoryTarget(ctx: RequestContext, input: AdjustForecastInput): Promise<Target> {
    if (!input.territoryId) throw badInput('territoryId', 'territoryId is required for a territory forecast');
    if (input.ownerId) throw badInput('ownerId', 'A territory forecast is adjusted by territoryId');
    const chain: Array<{ id: string; fuser: string | null; d: number }> = await ctx.em.query(TERRITORY_CHAIN, [assertId(input.territoryId, 'territoryId'), ctx.orgId]);
    if (!chain.length) throw badInput('territoryId', 'No such territory in the active territory model');
    const from = chain.find((c) => c.fuser === ctx.user.id);
    if (!from) throw forbidden("Only the forecast manager of this territory or of one above it can adjust its forecast", { field: 'territoryId' });
    return { subjectId: chain[0].id, adjustingNodeId: from.id, isOwner: from.d === 0, ownerId: null, territoryId: chain[0].id };
  }
}

export const forecastingAdjustmentService = new ForecastingAdjustmentService();
