import type { RequestContext } from '../../api/request-context';
import { assertId, badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { ReportDefinition, ReportFilter } from './report-definition.types';
import { compileReport } from './report-compiler';
import { runFiscalYear } from './report-filters';
import { runCompiled } from './report-engine';
import type { ReportResult } from './report-result.types';
import type { ReportScope } from './report-scope';
import { reportFolderService } from './report-folder.service';
import { Report, ReportFolder } from './report.entity';
import { editableFoldersSql, managesAllReports, visibleReportsSql } from './report-visibility';

export interface SaveReportInput {
  name?: string | null;
  description?: string | null;
  folderId?: string | null;
  definition?: ReportDefinition | null;
  expectedVersion?: number | null;
}

/** What a run of a saved report adds: extra filters (ANDed), a row limit, a scope. */
export interface SavedRunOptions {
  filters?: ReportFilter[] | null;
  rowLimit?: number | null;
  scope?: ReportScope | null;
}

export interface ReportPage {
  nodes: Report[];
  totalCount: number;
  offset: number;
}

/** Only the definition's own keys are stored (what compileReport accepted). */
function storedDefinition(def: ReportDefinition): Record<string, unknown> {
  const { reportType, columns, filters, groupingsDown, groupingsAcross, aggregates, chart, rowLimit, groupLimit } = def;
  return JSON.parse(JSON.stringify({ reportType, columns, filters, groupingsDown, groupingsAcross, aggregates, chart, rowLimit, groupLimit }));
}

const q = (ctx: RequestContext, sql: string, params: Record<string, unknown>) => ctx.dataSource.driver.escapeQueryWithParameters(sql, params, {});

/** Saved reports: visibility through folders, edits by owner / folder editors / admins, runs counted. */
export class ReportService {
  private visibleQuery(ctx: RequestContext) {
    const qb = ctx.em.createQueryBuilder(Report, 'r').leftJoin(ReportFolder, 'f', 'f.id = r."folderId" AND f."orgId" = r."orgId"')
      .where('r."orgId" = :org', { org: ctx.orgId });
    const vis = visibleReportsSql(ctx, 'r', 'f');
    if (vis) qb.andWhere(vis.sql, vis.params);
    return qb;
  }

  async find(ctx: RequestContext, id: string, field = 'id'): Promise<Report> {
    const r = await this.visibleQuery(ctx).andWhere('r.id = :id', { id: assertId(id, field) }).getOne();
    if (!r) throw notFound('Report', id, field);
    return r;
  }

  /** Reports the caller reads, by name; in one folder when `folderId` is given. */
  async list(ctx: RequestContext, folderId: string | null | undefined, search: string | null | undefined, first: number, offset: number): Promise<ReportPage> {
    if (!Number.isInteger(first) || first < 0 || first > 200) throw badInput('first', 'first is 0-200');
    const qb = this.visibleQuery(ctx);
    if (folderId) qb.andWhere('r."folderId" = :folderId', { folderId: assertId(folderId, 'folderId') });
    if (search) qb.andWhere(`r.name ILIKE :search`, { search: `%${search.slice(0, 80).replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [nodes, totalCount] = await qb.orderBy('lower(r.name)').addOrderBy('r.id').offset(offset).limit(first).getManyAndCount();
    return { nodes, totalCount, offset };
  }

  private async assertEditable(ctx: RequestContext, r: Report): Promise<void> {
    if (managesAllReports(ctx) || r.ownerId === ctx.user.id) return;
    const edit = editableFoldersSql(ctx, 'f')!;
    const [row] = r.folderId ? await ctx.em.query(...q(ctx, `SELECT 1 FROM report_folder f WHERE f.id = :id AND ${edit.sql}`, { ...edit.params, id: r.folderId })) : [];
    if (!row) throw forbidden('You may not change this report', { field: 'id' });
  }

  async create(ctx: RequestContext, input: SaveReportInput): Promise<Report> {
    if (!input.definition) throw badInput('definition', 'A definition is required');
    const compiled = compileReport(input.definition);
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (!name || name.length > 120) throw badInput('name', 'A name of 1-120 characters is required');
    return ctx.transaction(async () => {
      if (input.folderId) await reportFolderService.assertEditable(ctx, input.folderId);
      const repo = ctx.em.getRepository(Report);
      return repo.save(repo.create({
        orgId: ctx.orgId, ownerId: ctx.user.id, name, description: input.description ?? null, folderId: input.folderId ?? null,
        reportType: compiled.type.name, format: compiled.format, definitionData: storedDefinition(input.definition!), runCount: 0, lastRunDate: null,
      }));
    });
  }

  async update(ctx: RequestContext, id: string, input: SaveReportInput): Promise<Report> {
    return ctx.transaction(async () => {
      const r = await this.visibleQuery(ctx).andWhere('r.id = :id', { id: assertId(id) }).setLock('pessimistic_write', undefined, ['r']).getOne();
      if (!r) throw notFound('Report', id);
      await this.assertEditable(ctx, r);
      if (input.expectedVersion != null && input.expectedVersion !== r.version) throw conflict('expectedVersion', 'The report was changed by someone else: reload it');
      if (input.name !== undefined) {
        const name = typeof input.name === 'string' ? input.name.trim() : '';
        if (!name || name.length > 120) throw badInput('name', 'A name of 1-120 characters is required');
        r.name = name;
      }
      if (input.description !== undefined) r.description = input.description;
      if (input.folderId !== undefined && input.folderId !== r.folderId) {
        if (input.folderId) await reportFolderService.assertEditable(ctx, input.folderId);
        r.folderId = input.folderId;
      }
      if (input.definition) {
        const compiled = compileReport(input.definition);
        r.definitionData = storedDefinition(input.definition);
        r.reportType = compiled.type.name;
        r.format = compiled.format;
      }
      return ctx.em.getRepository(Report).save(r);
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.transaction(async () => {
      const r = await this.find(ctx, id);
      await this.assertEditable(ctx, r);
      await ctx.em.getRepository(Report).delete({ id: r.id, orgId: ctx.orgId });
      return true;
    });
  }

  /** Runs a definition ad hoc (no run counted), within `scope` when given. */
  async run(ctx: RequestContext, def: ReportDefinition, withRows = true, scope?: ReportScope | null): Promise<ReportResult> {
    const r = compileReport(def, [], scope, await runFiscalYear(ctx, def.filters ?? []));
    return runCompiled(ctx, r, r.rowLimit, withRows);
  }

  private async compileSaved(ctx: RequestContext, r: Report, o: SavedRunOptions) {
    const def = r.definitionData as unknown as ReportDefinition;
    const fiscal = await runFiscalYear(ctx, [...(def.filters ?? []), ...(o.filters ?? [])]);
    return compileReport(o.rowLimit == null ? def : { ...def, rowLimit: o.rowLimit }, o.filters ?? [], o.scope, fiscal);
  }

  /** A saved report's result without counting a run (a dashboard component's refresh). */
  async resultOf(ctx: RequestContext, id: string, o: SavedRunOptions, withRows = true): Promise<ReportResult> {
    const compiled = await this.compileSaved(ctx, await this.find(ctx, id), o);
    return runCompiled(ctx, compiled, compiled.rowLimit, withRows);
  }

  /**
   * Runs a saved report with optional extra filters (ANDed) and scope, and counts the run:
   * lastRunDate and runCount + 1 in the same transaction, so a refused filter counts nothing.
   */
  async runSaved(ctx: RequestContext, id: string, o: SavedRunOptions, withRows = true): Promise<ReportResult> {
    return ctx.transaction(async () => {
      const r = await this.find(ctx, id);
      const compiled = await this.compileSaved(ctx, r, o);
      const result = await runCompiled(ctx, compiled, compiled.rowLimit, withRows);
      await ctx.em.query(`UPDATE report SET "lastRunDate" = now(), "runCount" = "runCount" + 1 WHERE id = $1 AND "orgId" = $2`, [r.id, ctx.orgId]);
      return result;
    });
  }
}

export const reportService = new ReportService();
