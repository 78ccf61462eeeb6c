import { ForecastingAdjustment, ForecastingItemCategory } from '../analytics/forecasts/forecasting-adjustment.entity';
import { ForecastingRoleType, ForecastingType } from '../analytics/forecasts/forecasting-type.entity';
import { ForecastingQuota } from '../territories/forecasting-quota.entity';
import { bulkInsert, type Row, type SeedContext } from './context';
import { dateTime, isoDate, roundTo } from './random';

const REPS = ['rep', 'rep2', 'rep3', 'rep4', 'rep5', 'rep6'];

/** First day of the month `offset` months from the demo's today. */
function monthStart(offset: number): string {
  const today = isoDate(0);
  return new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + offset, 1)).toISOString().slice(0, 10);
}

/**
 * Two forecasting types (revenue by the manager hierarchy, and by territory), monthly revenue
 * quotas from last quarter to the next two, a few adjustments of this month's forecast (all
 * relative to the demo's today), and forecast managers for the active model's territories.
 */
export async function seedForecasts(ctx: SeedContext): Promise<void> {
  const r = ctx.rng('forecasts');
  const stamp = { orgId: ctx.orgId, createdDate: dateTime(-1, 9), lastModifiedDate: dateTime(-1, 9) };
  const role: Row<ForecastingType> = {
    id: r.uuid(), ...stamp, developerName: 'OpportunityRevenue', masterLabel: 'Opportunity Revenue', isActive: true, isAmount: true,
    roleType: ForecastingRoleType.ROLE, hasAdjustments: true, hasOwnerAdjustments: true, productFamily: null,
  };
  const territory: Row<ForecastingType> = {
    ...role, id: r.uuid(), developerName: 'TerritoryRevenue', masterLabel: 'Territory Revenue', roleType: ForecastingRoleType.TERRITORY,
    createdDate: dateTime(-1, 10), lastModifiedDate: dateTime(-1, 10),
  };
  await bulkInsert(ctx.em, ForecastingType, [role, territory]);

  const quarterStart = -(Number(isoDate(0).slice(5, 7)) - 1) % 3;
  // Last quarter (attainment to look back on), this one and the next two.
  const months = Array.from({ length: 12 }, (_, i) => monthStart(quarterStart - 3 + i));
  const thisMonth = monthStart(0);
  const quotas: Array<Row<ForecastingQuota>> = [];
  for (const key of [...REPS, 'manager', 'manager2']) {
    const u = ctx.users[key];
    if (!u) continue;
    const base = key.startsWith('manager') ? r.int(350_000, 450_000) : r.int(60_000, 140_000);
    for (const startDate of months) {
      quotas.push({ id: r.uuid(), ...stamp, quotaOwnerId: u.id, territoryId: null, startDate, quotaAmount: roundTo(base * (0.9 + r.next() * 0.2), 5_000), quotaQuantity: null, productFamily: null });
    }
  }
  await bulkInsert(ctx.em, ForecastingQuota, quotas);

  // Territory forecast managers: each territory's Territory Manager, the CEO for the top territories.
  await ctx.em.query(
    `UPDATE territory t SET "forecastUserId" = ua."userId" FROM user_territory_association ua
     WHERE ua."territoryId" = t.id AND ua."roleInTerritory" = 'Territory Manager' AND ua."isActive" AND t."orgId" = $1 AND t."forecastUserId" IS NULL`, [ctx.orgId]);
  await ctx.em.query(
    `UPDATE territory SET "forecastUserId" = $2 WHERE "orgId" = $1 AND "parentId" IS NULL AND "forecastUserId" IS NULL`, [ctx.orgId, ctx.users.ceo.id]);

  // This month: the manager raises a rep's commit, a rep adds to their own best case, the CEO trims a manager's commit.
  const adj = (subject: string, by: string, cat: ForecastingItemCategory, amount: number, note: string, owner = false): Row<ForecastingAdjustment> => ({
    id: r.uuid(), ...stamp, forecastingTypeId: role.id, ownerId: ctx.users[subject].id, territoryId: null, subjectId: ctx.users[subject].id,
    adjustingNodeId: ctx.users[by].id, startDate: thisMonth, forecastingItemCategory: cat, adjustedAmount: amount,
    adjustmentNote: note, isOwnerAdjustment: owner, adjustedById: ctx.users[by].id, version: 1,
  });
  await bulkInsert(ctx.em, ForecastingAdjustment, [
    adj('rep', 'manager', ForecastingItemCategory.COMMIT_FORECAST, 180_000, 'Northwind renewal will sign before month end'),
    adj('rep4', 'rep4', ForecastingItemCategory.BEST_CASE_FORECAST, 150_000, 'Two upsells in negotiation', true),
    adj('manager2', 'ceo', ForecastingItemCategory.COMMIT_FORECAST, 300_000, 'APAC commit held back until the Q review'),
  ]);
}
