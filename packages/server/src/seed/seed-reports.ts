import { compileReport } from '../analytics/reports/report-compiler';
import type { ReportDefinition } from '../analytics/reports/report-definition.types';
import { ChartType } from '../analytics/common/chart-type';
import { DateGranularity } from '../analytics/common/date-granularity';
import { ReportAggregateFunction as Fn, ReportFilterOperator as Op, ReportFolderAccess, ReportTypeName as N } from '../analytics/reports/report-enums';
import { Report, ReportFolder } from '../analytics/reports/report.entity';
import type { SeedContext } from './context';


/** The demo reports, by folder; dashboards find them by name. */
export const DEMO_REPORT_FOLDERS: Array<{ name: string; reports: Array<{ name: string; description: string; definition: ReportDefinition }> }> = [
  {
    name: 'Competitive Insights',
    reports: [
      {
        name: 'Lost Reasons by Competitor',
        description: 'Closed lost deals with a competitor and a lost reason, grouped by competitor then lost reason.',
        definition: {
          reportType: N.opportunities, columns: ['name', 'accountName', 'amount', 'closeDate', 'ownerName'],
          filters: [
            { field: 'stageName', operator: Op.equals, value: 'Closed Lost' },
            { field: 'competitor', operator: Op.notEqual },
            { field: 'lostReason', operator: Op.notEqual },
          ],
          groupingsDown: [{ field: 'competitor' }, { field: 'lostReason' }],
          aggregates: [{ function: Fn.COUNT }, { function: Fn.SUM, field: 'amount' }],
          chart: { type: ChartType.BAR },
        },
      },
      {
        name: 'Wins and Losses by Competitor',
        description: 'Closed deals with a competitor: competitors down, won (true) and lost (false) across, count and amount.',
        definition: {
          reportType: N.opportunities, columns: ['name', 'accountName', 'stageName', 'amount', 'closeDate'],
          filters: [{ field: 'isClosed', operator: Op.equals, value: 'true' }, { field: 'competitor', operator: Op.notEqual }],
          groupingsDown: [{ field: 'competitor' }], groupingsAcross: [{ field: 'isWon' }],
          aggregates: [{ function: Fn.COUNT }, { function: Fn.SUM, field: 'amount' }],
          chart: { type: ChartType.COLUMN },
        },
      },
      {
        name: 'Win Rate by Competitor',
        description: 'Closed deals with a competitor, by competitor. Win rate = AVG(isWon): won ÷ closed, in percent.',
        definition: {
          reportType: N.opportunities, columns: ['name', 'stageName', 'amount', 'closeDate'],
          filters: [{ field: 'isClosed', operator: Op.equals, value: 'true' }, { field: 'competitor', operator: Op.notEqual }],
          groupingsDown: [{ field: 'competitor' }],
          aggregates: [{ function: Fn.AVG, field: 'isWon' }, { function: Fn.SUM, field: 'isWon' }, { function: Fn.COUNT }],
          chart: { type: ChartType.BAR },
        },
      },
    ],
  },
  {
    name: 'Sales and Service Reports',
    reports: [
      {
        name: 'Pipeline by Stage',
        description: 'Open opportunities by stage, with amount.',
        definition: {
          reportType: N.opportunities, columns: ['name', 'accountName', 'amount', 'closeDate', 'ownerName'],
          filters: [{ field: 'isClosed', operator: Op.equals, value: 'false' }],
          groupingsDown: [{ field: 'stageName' }],
          aggregates: [{ function: Fn.COUNT }, { function: Fn.SUM, field: 'amount' }],
          chart: { type: ChartType.FUNNEL },
        },
      },
      {
        name: 'Opportunities Closing This Quarter',
        description: 'Opportunities with a close date this quarter, by close month.',
        definition: {
          reportType: N.opportunities, columns: ['name', 'stageName', 'amount', 'ownerName'],
          filters: [{ field: 'closeDate', operator: Op.equals, value: 'THIS_QUARTER' }],
          groupingsDown: [{ field: 'closeDate', dateGranularity: DateGranularity.MONTH }],
          aggregates: [{ function: Fn.COUNT }, { function: Fn.SUM, field: 'amount' }],
          chart: { type: ChartType.COLUMN },
        },
      },
      {
        name: 'Cases by Origin and Priority',
        description: 'Cases opened in the last 30 days: origin down, priority across.',
        definition: {
          reportType: N.cases, columns: ['caseNumber', 'subject', 'status', 'ownerName'],
          filters: [{ field: 'createdDate', operator: Op.equals, value: 'LAST_N_DAYS:30' }],
          groupingsDown: [{ field: 'origin' }], groupingsAcross: [{ field: 'priority' }],
          aggregates: [{ function: Fn.COUNT }],
          chart: { type: ChartType.COLUMN },
        },
      },
      {
        name: 'Report Usage',
        description: 'Which saved reports are run, and how often (the reports report type).',
        definition: {
          reportType: N.reports, columns: ['name', 'ownerName', 'lastRunDate', 'runCount'],
          groupingsDown: [{ field: 'folderName' }],
          aggregates: [{ function: Fn.COUNT }, { function: Fn.SUM, field: 'runCount' }],
          chart: { type: ChartType.TABLE },
        },
      },
    ],
  },
];

/** Seeds report folders (public, owned by the admin) and the demo reports (issue 12). */
export async function seedReports(ctx: SeedContext): Promise<void> {
  const ownerId = ctx.users.admin.id;
  for (const folder of DEMO_REPORT_FOLDERS) {
    const saved = await ctx.em.getRepository(ReportFolder).save(ctx.em.getRepository(ReportFolder).create({
      orgId: ctx.orgId, ownerId, name: folder.name, accessType: ReportFolderAccess.PUBLIC,
    }));
    const rows = folder.reports.map((r) => {
      // The same validation as createReport: a broken demo definition fails the seed loudly.
      const compiled = compileReport(r.definition);
      return ctx.em.getRepository(Report).create({
        orgId: ctx.orgId, ownerId, folderId: saved.id, name: r.name, description: r.description, reportType: compiled.type.name,
        format: compiled.format, definitionData: JSON.parse(JSON.stringify(r.definition)) as Record<string, unknown>, runCount: 0,
      });
    });
    await ctx.em.getRepository(Report).save(rows);
  }
}
