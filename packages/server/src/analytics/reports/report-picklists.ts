import type { RequestContext } from '../../api/request-context';
import { ReportTypeName as N } from './report-enums';
import { ReportType } from './report-result.types';
import { REPORT_TYPES } from './report-types';

/** Picklists the organisation defines, by source table (fixed SQL, sorted as the org sorts them). */
const SOURCES: Record<string, string> = {
  stage: `SELECT 'stage' AS k, "apiName" AS v, "sortOrder" AS o FROM opportunity_stage WHERE "orgId" = $1 AND "isActive"`,
  leadSource: `SELECT 'leadSource', "apiName", "sortOrder" FROM lead_source WHERE "orgId" = $1 AND "isActive"`,
  lostReason: `SELECT 'lostReason', "apiName", "sortOrder" FROM lost_reason WHERE "orgId" = $1 AND "isActive"`,
  competitor: `SELECT 'competitor', name, 0 FROM competitor WHERE "orgId" = $1 AND "isActive"`,
  leadStatus: `SELECT 'leadStatus', "apiName", "sortOrder" FROM lead_status WHERE "orgId" = $1`,
  caseStatus: `SELECT 'caseStatus', "apiName", "sortOrder" FROM case_status WHERE "orgId" = $1`,
  taskStatus: `SELECT 'taskStatus', "apiName", "sortOrder" FROM task_status WHERE "orgId" = $1`,
};

const OPP = { stageName: 'stage', leadSource: 'leadSource', lostReason: 'lostReason', competitor: 'competitor' };
const BY_FIELD: Partial<Record<N, Record<string, string>>> = {
  [N.opportunities]: OPP,
  [N.opportunitiesWithCompetitors]: { ...OPP, competitorName: 'competitor' },
  [N.leads]: { status: 'leadStatus', leadSource: 'leadSource' },
  [N.contacts]: { leadSource: 'leadSource' },
  [N.cases]: { status: 'caseStatus' },
  [N.activities]: { status: 'taskStatus' },
};

/** The report types with their fields; picklist values from code or, for org picklists, from one statement. */
export async function reportTypesWithPicklists(ctx: RequestContext): Promise<ReportType[]> {
  const rows: Array<{ k: string; v: string }> = await ctx.em.query(`SELECT k, v FROM (${Object.values(SOURCES).join(' UNION ALL ')}) p ORDER BY k, o, v`, [ctx.orgId]);
  const lists = new Map<string, string[]>();
  for (const r of rows) lists.set(r.k, [...(lists.get(r.k) ?? []), r.v]);
  return REPORT_TYPES.map((t) => ({
    name: t.name, label: t.label, defaultColumns: t.defaultColumns,
    fields: t.fields.map(({ sql: _sql, ...f }) => {
      const source = BY_FIELD[t.name]?.[f.name];
      return { ...f, picklistValues: source ? lists.get(source) ?? [] : f.picklistValues };
    }),
  }));
}
