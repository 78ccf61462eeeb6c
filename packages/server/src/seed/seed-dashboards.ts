import { Dashboard, DashboardComponent, type DashboardFilter } from '../analytics/dashboards/dashboard.entity';
import { sha256Hex } from '../api/persisted-queries';
import { componentObjects } from '../analytics/dashboards/component-document';
import { bulkInsert, type SeedContext } from './context';
import { DEMO_DASHBOARDS, type DemoDashboard } from './dashboard-definitions';

const PERIOD_LABELS: Record<string, string> = {
  THIS_WEEK: 'This week', THIS_MONTH: 'This month', LAST_MONTH: 'Last month', THIS_QUARTER: 'This quarter', LAST_QUARTER: 'Last quarter',
  THIS_YEAR: 'This year', LAST_YEAR: 'Last year', 'LAST_N_DAYS:7': 'Last 7 days', 'LAST_N_DAYS:30': 'Last 30 days', 'LAST_N_DAYS:90': 'Last 90 days',
};

/** The root field of a document, for the objects it follows. */
const rootField = (document: string) => /\{\s*(\w+)/.exec(document)?.[1] ?? '';

/**
 * Seeds the ten demo dashboards (dashboard-definitions.ts), owned by the admin and public, and
 * registers every component document as a persisted query of the demo org. Components of a saved
 * report that seed-reports.ts did not create are left out.
 */
export async function seedDashboards(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng('dashboards');
  const managers = Object.values(ctx.users).filter((u) => u.role === 'SALES_MANAGER');
  const names: Record<string, string> = Object.fromEntries(
    (await ctx.em.query(`SELECT id, name FROM "user" WHERE "orgId" = $1`, [ctx.orgId])).map((u: { id: string; name: string }) => [u.id, u.name]),
  );
  const territories: Array<{ id: string; name: string }> = await ctx.em.query(
    `SELECT t.id, t.name FROM territory t JOIN territory_model m ON m.id = t."modelId" AND m.state = 'ACTIVE'
      LEFT JOIN territory p ON p.id = t."parentId"
      WHERE t."orgId" = $1 AND (t."parentId" IS NULL OR p."parentId" IS NULL) ORDER BY t."parentId" NULLS FIRST, t.name LIMIT 8`,
    [ctx.orgId],
  );
  const [{ exists: hasReports }] = await ctx.em.query(`SELECT to_regclass('report') IS NOT NULL AS exists`);
  const reports = new Map<string, string>(
    hasReports ? (await ctx.em.query(`SELECT id, name FROM report WHERE "orgId" = $1`, [ctx.orgId])).map((r: { id: string; name: string }) => [r.name, r.id]) : [],
  );

  const filtersOf = (d: DemoDashboard): DashboardFilter[] => [
    ...(d.period ? [{ name: 'period', label: 'Period', defaultValue: d.period[0], options: d.period.map((p) => ({ value: p, label: PERIOD_LABELS[p] ?? p })) }] : []),
    ...(d.team ? [{ name: 'team', label: 'Team', defaultValue: null, options: managers.map((m) => ({ value: m.id, label: names[m.id] ?? m.email })) }] : []),
    ...(d.territory && territories.length ? [{ name: 'territory', label: 'Territory', defaultValue: null, options: territories.map((t) => ({ value: t.id, label: t.name })) }] : []),
  ];

  const dashboards: Array<Partial<Dashboard>> = [];
  const components: Array<Partial<DashboardComponent>> = [];
  for (const d of DEMO_DASHBOARDS) {
    const id = rng.uuid();
    dashboards.push({
      id, orgId: ctx.orgId, title: d.title, developerName: d.developerName, description: d.description, folder: d.folder, isPublic: true,
      dashboardType: d.type, runningUserId: d.runningUser ? ctx.users[d.runningUser].id : null, filters: filtersOf(d), ownerId: ctx.users.admin.id,
    });
    let row = 0;
    let col = 0;
    for (const c of d.components) {
      const reportId = c.report ? reports.get(c.report) : null;
      if (c.report && !reportId) continue;
      if (col + c.width > 12) {
        row++;
        col = 0;
      }
      const document = reportId ? c.document.replace('$id', reportId) : c.document;
      components.push({
        id: rng.uuid(), orgId: ctx.orgId, dashboardId: id, title: c.title, visualization: c.viz, row, col, width: c.width,
        reportId: reportId ?? null, kpi: c.kpi ?? null, document, documentHash: sha256Hex(document),
        objects: componentObjects(c.objects, [rootField(document)]), settings: JSON.stringify(c.settings),
      });
      col += c.width;
    }
  }
  await bulkInsert(ctx.em, Dashboard, dashboards);
  await bulkInsert(ctx.em, DashboardComponent, components);
  await ctx.em.query(
    `INSERT INTO persisted_query (hash, "orgId", document) SELECT DISTINCT ON (h) h, $1, doc FROM unnest($2::text[], $3::text[]) AS u(h, doc) ON CONFLICT DO NOTHING`,
    [ctx.orgId, components.map((c) => c.documentHash), components.map((c) => c.document)],
  );
}
