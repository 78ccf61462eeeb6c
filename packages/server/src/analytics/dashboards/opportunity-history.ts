import type { RequestContext } from '../../api/request-context';
import { Opportunity } from '../../sales/opportunity.entity';
import { opportunityList } from '../../sales/opportunity.types';
import { DateGranularity } from '../common/date-granularity';
import { runKpi, type KpiGroup, type KpiSpec } from '../kpis/kpi-engine';
import { kpiRange, type CheckedFilter } from '../kpis/kpi-filter';
import { campaignGroup, columnGroup, DIMS, ownerGroup, stageGroup } from '../kpis/kpi-dimensions';
import { OpportunityKpiGrouping } from '../kpis/kpi.types';

const GROUPS: Record<OpportunityKpiGrouping, () => KpiGroup | null> = {
  NONE: () => null,
  SOURCE: () => columnGroup('leadSource'),
  OWNER: () => ownerGroup(),
  CAMPAIGN: () => campaignGroup(),
  COMPETITOR: () => columnGroup('competitor'),
  TYPE: () => columnGroup('type'),
  STAGE: () => stageGroup,
};

/** Default period of the history KPIs. */
export const HISTORY_PERIOD = 'LAST_N_DAYS:30';

/** History rows of the opportunity `a` for `field` recorded in the period (parameters h_from, h_to). */
const changes = (a: string, field: string, extra: string) =>
  `FROM opportunity_field_history h WHERE h."opportunityId" = ${a}.id AND h."orgId" = ${a}."orgId" AND h.field = '${field}'
     AND h."createdDate" >= CAST(:h_from AS timestamptz) AND h."createdDate" < CAST(:h_to AS timestamptz) AND ${extra}`;

// CASE keeps the casts to rows of the field (history values are text of any field).
const LATER = `CASE WHEN h.field = 'closeDate' THEN h."newValue"::date > h."oldValue"::date END`;
const UP = `CASE WHEN h.field = 'amount' THEN h."newValue"::numeric > coalesce(h."oldValue", '0')::numeric END`;
const LOST = `h."newValue" IN (SELECT s."apiName" FROM opportunity_stage s WHERE s."orgId" = h."orgId" AND s."isClosed" AND NOT s."isWon")`;

export interface HistoryBreakdown {
  groupBy?: OpportunityKpiGrouping | null;
}

function spec(f: CheckedFilter, x: Partial<KpiSpec> & Pick<KpiSpec, 'measure'>, history: boolean): KpiSpec {
  const range = kpiRange(f, HISTORY_PERIOD)!;
  return {
    entity: Opportunity, list: opportunityList as never, access: 'owner', dims: DIMS.opportunity, filter: f,
    ...(history ? { params: { h_from: `${range.from}T00:00:00Z`, h_to: `${range.to}T00:00:00Z` } } : {}),
    ...x,
  };
}

/**
 * Opportunity History: what changed in the pipeline, from field history (history/field-history.ts
 * records stageName, amount, closeDate ... on every write). One statement per KPI.
 */
export const opportunityHistory = {
  newPipeline: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown & { granularity?: DateGranularity | null }) =>
    runKpi(ctx, spec(f, {
      date: { column: 'createdDate', type: 'timestamptz' }, defaultPeriod: HISTORY_PERIOD, measure: 'count',
      amount: (a) => `${a}.amount`, granularity: b.granularity, group: GROUPS[b.groupBy ?? 'NONE'](),
    }, false)),

  lost: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown) =>
    runKpi(ctx, spec(f, { where: (a) => [`EXISTS (SELECT 1 ${changes(a, 'stageName', LOST)})`], measure: 'count', amount: (a) => `${a}.amount`, group: GROUPS[b.groupBy ?? 'NONE']() }, true)),

  pushedCloseDates: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown) =>
    runKpi(ctx, spec(f, {
      where: (a) => [`EXISTS (SELECT 1 ${changes(a, 'closeDate', LATER)})`], measure: 'count', amount: (a) => `${a}.amount`,
      secondaryAverage: (a) => `(SELECT sum(h."newValue"::date - h."oldValue"::date) ${changes(a, 'closeDate', LATER)})`,
      group: GROUPS[b.groupBy ?? 'NONE'](),
    }, true)),

  upsell: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown) =>
    runKpi(ctx, spec(f, {
      where: (a) => [`EXISTS (SELECT 1 ${changes(a, 'amount', UP)})`], measure: 'amount',
      amount: (a) => `(SELECT sum(h."newValue"::numeric - coalesce(h."oldValue", '0')::numeric) ${changes(a, 'amount', UP)})`,
      group: GROUPS[b.groupBy ?? 'NONE'](),
    }, true)),
};
