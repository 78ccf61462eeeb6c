import type { RequestContext } from '../../api/request-context';
import { Case } from '../../service/case.entity';
import { caseList } from '../../service/case.types';
import { DateGranularity } from '../common/date-granularity';
import { analyticsToday } from '../relative-dates';
import { runKpi, type KpiGroup, type KpiSpec } from './kpi-engine';
import type { CheckedFilter } from './kpi-filter';
import { columnGroup, DIMS, ownerGroup } from './kpi-dimensions';
import { CaseKpiGrouping } from './kpi.types';

const ageDays = (a: string) => `(CAST(:k_today AS date) - CAST(${a}."createdDate" AT TIME ZONE 'UTC' AS date))`;
const AGE_SQL = (a: string) => `CASE WHEN ${ageDays(a)} <= 1 THEN '0-1' WHEN ${ageDays(a)} <= 7 THEN '2-7' WHEN ${ageDays(a)} <= 30 THEN '8-30' ELSE '31+' END`;

const CASE_GROUPS: Record<CaseKpiGrouping, () => KpiGroup | null> = {
  NONE: () => null,
  OWNER: () => ownerGroup(),
  PRIORITY: () => columnGroup('priority', (a) => `CASE ${a}.priority WHEN 'High' THEN 0 WHEN 'Medium' THEN 1 ELSE 2 END`),
  AGE: () => ({
    expr: AGE_SQL,
    label: (a) => `${AGE_SQL(a)} || ' days'`,
    order: (a) => `CASE ${AGE_SQL(a)} WHEN '0-1' THEN 0 WHEN '2-7' THEN 1 WHEN '8-30' THEN 2 ELSE 3 END`,
    match: (a, p) => `${AGE_SQL(a)} = ${p}`,
    matchNull: () => 'FALSE',
  }),
  PRODUCT: () => columnGroup('productName'),
  REASON: () => columnGroup('reason'),
  ORIGIN: () => columnGroup('origin'),
  TYPE: () => columnGroup('type'),
};

export enum SlaTarget { FIRST_RESPONSE = 'FIRST_RESPONSE', RESOLUTION = 'RESOLUTION' }

export interface CaseBreakdown {
  granularity?: DateGranularity | null;
  groupBy?: CaseKpiGrouping | null;
}

type Extra = Omit<KpiSpec, 'entity' | 'list' | 'access' | 'dims' | 'filter'>;
const cases = (f: CheckedFilter, b: CaseBreakdown, x: Extra): KpiSpec => ({
  entity: Case, list: caseList as never, access: 'owner', dims: DIMS.case, filter: f,
  granularity: b.granularity, group: CASE_GROUPS[b.groupBy ?? 'NONE'](), ...x,
  params: { k_today: analyticsToday().toISOString().slice(0, 10), k_now: analyticsToday().toISOString(), ...x.params },
});

const CREATED = { column: 'createdDate', type: 'timestamptz' } as const;
const CLOSED = { column: 'closedDate', type: 'timestamptz' } as const;
/** The existing definition (Case.isFirstContactResolution): closed, one agent interaction, never reopened. */
const FCR = (a: string) => `(${a}."isClosed" AND ${a}."reopenCount" = 0 AND ${a}."agentInteractionCount" = 1)`;

export const serviceKpis = {
  backlog: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown) =>
    runKpi(ctx, cases(f, b, { date: CREATED, defaultPeriod: null, where: (a) => [`NOT ${a}."isClosed"`], measure: 'count' })),

  averageTimeToClose: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown) =>
    runKpi(ctx, cases(f, b, {
      date: CLOSED, defaultPeriod: 'THIS_MONTH', where: (a) => [`${a}."isClosed"`], measure: 'average',
      average: (a) => `EXTRACT(EPOCH FROM (${a}."closedDate" - ${a}."createdDate")) / 3600`,
    })),

  firstContactResolutionRate: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown) =>
    runKpi(ctx, cases(f, b, { date: CLOSED, defaultPeriod: 'THIS_MONTH', where: (a) => [`${a}."isClosed"`], measure: 'rate', numerator: FCR })),

  averageCsat: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown) =>
    runKpi(ctx, cases(f, b, { date: CLOSED, defaultPeriod: 'THIS_MONTH', where: (a) => [`${a}."csatScore" IS NOT NULL`], measure: 'average', average: (a) => `${a}."csatScore"` })),

  casesByAgent: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown) =>
    runKpi(ctx, cases(f, { granularity: b.granularity, groupBy: CaseKpiGrouping.OWNER }, {
      date: CLOSED, defaultPeriod: 'THIS_MONTH', where: (a) => [`${a}."isClosed"`, `${a}."ownerId" IS NOT NULL`], measure: 'count',
      secondaryAverage: (a) => `${a}."csatScore"`, byCount: true,
    })),

  caseVolume: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown) =>
    runKpi(ctx, cases(f, b, { date: CREATED, defaultPeriod: 'THIS_MONTH', measure: 'count' })),

  slaCompliance: (ctx: RequestContext, f: CheckedFilter, b: CaseBreakdown, target: SlaTarget) => {
    const [due, done] = target === SlaTarget.FIRST_RESPONSE
      ? ['firstResponseDueDate', (a: string) => `coalesce(${a}."firstResponseDate", ${a}."closedDate")`]
      : ['resolutionDueDate', (a: string) => `${a}."closedDate"`];
    return runKpi(ctx, cases(f, b, {
      date: CREATED, defaultPeriod: 'THIS_MONTH', measure: 'rate',
      // Decided cases only: done, or still not done past the due time (a breach already).
      where: (a) => [`${a}."${due}" IS NOT NULL`, `(${done(a)} IS NOT NULL OR ${a}."${due}" < CAST(:k_now AS timestamptz))`],
      numerator: (a) => `${done(a)} <= ${a}."${due}"`,
    }));
  },
};
