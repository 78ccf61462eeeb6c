import type { RequestContext } from '../../api/request-context';
import { teamSubquery } from '../../common/access';
import { Opportunity } from '../../sales/opportunity.entity';
import { opportunityList } from '../../sales/opportunity.types';
import { DateGranularity } from '../common/date-granularity';
import { runKpi, type KpiGroup, type KpiSpec } from '../kpis/kpi-engine';
import { dimensionConditions, kpiRange, type CheckedFilter } from '../kpis/kpi-filter';
import { campaignGroup, columnGroup, DIMS, ownerGroup, stageGroup } from '../kpis/kpi-dimensions';
import { OpportunityKpiGrouping } from '../kpis/kpi.types';
import { perDeal, runHistoryKpi, type HistoryChanges } from './opportunity-history-kpi';

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

// The changes each KPI counts (history values are text of any field; gains are cast only on rows of theirs).
const LOST: HistoryChanges = {
  field: 'stageName',
  // The org's lost stages, read once (InitPlan).
  counts: `h."newValue" = ANY(ARRAY(SELECT s."apiName"::text FROM opportunity_stage s WHERE s."orgId" = CAST(:h_org AS uuid) AND s."isClosed" AND NOT s."isWon"))`,
};
const PUSHED: HistoryChanges = { field: 'closeDate', gain: `h."newValue"::date - h."oldValue"::date` };
const UPSELL: HistoryChanges = { field: 'amount', gain: `h."newValue"::numeric - coalesce(h."oldValue", '0')::numeric` };

export interface HistoryBreakdown {
  groupBy?: OpportunityKpiGrouping | null;
}

/**
 * The history rows' owner conditions: the viewer's team and the filter's owner or team, on the
 * denormalised opportunityOwnerId (an owner-leading index). They only narrow the read: the deals'
 * own visibility and filter still apply in the join.
 */
function owners(ctx: RequestContext, f: CheckedFilter): { owners: string[]; params: Record<string, unknown> } {
  const out: string[] = [];
  const params: Record<string, unknown> = {};
  if (!ctx.seesWholeOrg) {
    out.push(`h."opportunityOwnerId" IN ${teamSubquery(':h_viewer')}`);
    params.h_viewer = ctx.user.id;
  }
  // The filter's owner or team, exactly as on the deals (the same k_owner parameter).
  const filter = dimensionConditions(ctx, { ...f, territoryId: null, campaignId: null }, { owner: () => 'h."opportunityOwnerId"', account: () => null, campaign: () => null }, 'h');
  return { owners: [...out, ...filter.where], params: { ...params, ...filter.params } };
}

/** The KPI over deals with a counting change in the period; `where` (the drill-down's population) as a semi-join. */
function spec(ctx: RequestContext, f: CheckedFilter, c: HistoryChanges, x: Partial<KpiSpec> & Pick<KpiSpec, 'measure'>): [KpiSpec, HistoryChanges] {
  const range = kpiRange(f, HISTORY_PERIOD)!;
  const o = owners(ctx, f);
  const changes = { ...c, owners: o.owners };
  return [{
    entity: Opportunity, list: opportunityList as never, access: 'owner', dims: DIMS.opportunity, filter: f,
    where: (a) => [`${a}.id IN (SELECT d.id FROM (${perDeal(changes)}) d)`],
    params: { h_org: ctx.orgId, h_from: `${range.from}T00:00:00Z`, h_to: `${range.to}T00:00:00Z`, ...o.params },
    ...x,
  }, changes];
}

/**
 * Opportunity History: what changed in the pipeline, from field history (history/field-history.ts
 * records stageName, amount, closeDate ... on every write). One statement per KPI: new pipeline
 * reads the deals by createdDate; the others start from the period's history rows (runHistoryKpi).
 */
export const opportunityHistory = {
  newPipeline: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown & { granularity?: DateGranularity | null }) =>
    runKpi(ctx, {
      entity: Opportunity, list: opportunityList as never, access: 'owner', dims: DIMS.opportunity, filter: f,
      date: { column: 'createdDate', type: 'timestamptz' }, defaultPeriod: HISTORY_PERIOD, measure: 'count',
      amount: (a) => `${a}.amount`, granularity: b.granularity, group: GROUPS[b.groupBy ?? 'NONE'](),
    }),

  lost: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown) =>
    runHistoryKpi(ctx, ...spec(ctx, f, LOST, { measure: 'count', amount: (a) => `${a}.amount`, group: GROUPS[b.groupBy ?? 'NONE']() })),

  pushedCloseDates: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown) =>
    runHistoryKpi(ctx, ...spec(ctx, f, PUSHED, {
      measure: 'count', amount: (a) => `${a}.amount`, secondaryAverage: () => 'hx.v', group: GROUPS[b.groupBy ?? 'NONE'](),
    })),

  upsell: (ctx: RequestContext, f: CheckedFilter, b: HistoryBreakdown) =>
    runHistoryKpi(ctx, ...spec(ctx, f, UPSELL, { measure: 'amount', amount: () => 'hx.v', group: GROUPS[b.groupBy ?? 'NONE']() })),
};
