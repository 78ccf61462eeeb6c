import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { badInput } from '../../common/errors';
import { User } from '../../identity/user.entity';
import { ReportFolderAccessLevel } from './report-enums';
import { ReportDefinition, ReportFilter } from './report-definition.types';
import { ReportResult, ReportType } from './report-result.types';
import { CreateReportInput, ReportConnection, ReportFolderInput, UpdateReportInput, cursorOf, offsetOf } from './report-api.types';
import { ReportCsv, reportCsv } from './report-csv';
import { ReportScope } from './report-scope';
import { reportFolderService } from './report-folder.service';
import { reportService } from './report.service';
import { selectsRows } from './report-selection';
import { reportTypesWithPicklists } from './report-picklists';
import { Report, ReportFolder, ReportFolderShare } from './report.entity';

const SCOPE = 'Show Me and territory: only the records of this owner or team, or of this territory\'s accounts (within what the caller may see). A dimension the report type lacks is refused.';

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => [ReportType], { description: 'The report types and their fields (the allow-list of columns, filters, groupings and aggregates), with the organisation\'s picklist values.' })
  reportTypes(@Ctx() ctx: RequestContext): Promise<ReportType[]> {
    return reportTypesWithPicklists(ctx);
  }

  @Query(() => ReportResult, { description: 'Runs a report definition ad hoc (not saved, no run counted), within the caller\'s record visibility and the scope, when given.' })
  runReport(
    @Arg('definition', () => ReportDefinition) definition: ReportDefinition,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('scope', () => ReportScope, { nullable: true, description: SCOPE }) scope?: ReportScope,
  ) {
    return reportService.run(ctx, definition, selectsRows(info), scope);
  }

  @Query(() => Report, { description: 'A saved report the caller may see (own, public folder, shared folder; admins all).' })
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return reportService.find(ctx, id);
  }

  @Query(() => ReportConnection, { description: 'Saved reports the caller may see, by name; optionally of one folder or matching a name.' })
  async reports(
    @Ctx() ctx: RequestContext,
    @Arg('folderId', () => ID, { nullable: true }) folderId?: string,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name.' }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ReportConnection> {
    const offset = offsetOf(after);
    const page = await reportService.list(ctx, folderId, search, first, offset);
    const end = offset + page.nodes.length - 1;
    return {
      nodes: page.nodes, totalCount: page.totalCount,
      pageInfo: { hasNextPage: end + 1 < page.totalCount, hasPreviousPage: offset > 0, startCursor: page.nodes.length ? cursorOf(offset) : null, endCursor: page.nodes.length ? cursorOf(end) : null },
    };
  }

  @Query(() => [ReportFolder], { description: 'Report folders the caller may see, by name.' })
  reportFolders(@Ctx() ctx: RequestContext) {
    return reportFolderService.list(ctx);
  }

  @Query(() => ReportCsv, { description: 'The detail rows of a saved report (reportId) or of a definition as CSV; no run counted.' })
  async exportReportCsv(
    @Ctx() ctx: RequestContext,
    @Arg('reportId', () => ID, { nullable: true }) reportId?: string,
    @Arg('definition', () => ReportDefinition, { nullable: true }) definition?: ReportDefinition,
    @Arg('filters', () => [ReportFilter], { nullable: true, description: 'Extra filters, ANDed.' }) filters?: ReportFilter[],
    @Arg('scope', () => ReportScope, { nullable: true, description: SCOPE }) scope?: ReportScope,
  ) {
    if (reportId) {
      const r = await reportService.find(ctx, reportId, 'reportId');
      return reportCsv(ctx, r.definitionData as unknown as ReportDefinition, r.name, filters ?? [], scope);
    }
    if (!definition) throw badInput('reportId', 'Give a reportId or a definition');
    return reportCsv(ctx, definition, 'report', filters ?? [], scope);
  }

  @Mutation(() => Report, { description: 'Saves a new report (into a folder the caller may edit, or private).' })
  createReport(@Arg('input', () => CreateReportInput) input: CreateReportInput, @Ctx() ctx: RequestContext) {
    return reportService.create(ctx, input);
  }

  @Mutation(() => Report, { description: 'Changes a saved report (its owner, an editor of its folder, or an admin).' })
  updateReport(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateReportInput) input: UpdateReportInput, @Ctx() ctx: RequestContext) {
    return reportService.update(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a saved report (its owner, an editor of its folder, or an admin).' })
  deleteReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return reportService.delete(ctx, id);
  }

  @Query(() => ReportResult, {
    description: 'A saved report\'s result with optional extra filters (ANDed), without counting a run: what a dashboard component shows (its refreshes are not report runs; runSavedReport counts one).',
  })
  savedReportResult(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('filters', () => [ReportFilter], { nullable: true }) filters?: ReportFilter[],
    @Arg('rowLimit', () => Int, { nullable: true, description: 'Detail rows, 0-2000 (default: the saved rowLimit).' }) rowLimit?: number,
    @Info() info?: GraphQLResolveInfo,
    @Arg('scope', () => ReportScope, { nullable: true, description: SCOPE }) scope?: ReportScope,
  ) {
    return reportService.resultOf(ctx, id, { filters, rowLimit, scope }, selectsRows(info));
  }

  @Mutation(() => ReportResult, { description: 'Runs a saved report with optional extra filters (ANDed) and counts the run: lastRunDate = now, runCount + 1.' })
  runSavedReport(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Arg('filters', () => [ReportFilter], { nullable: true }) filters?: ReportFilter[],
    @Arg('rowLimit', () => Int, { nullable: true, description: 'Detail rows, 0-2000 (default: the saved rowLimit).' }) rowLimit?: number,
    @Info() info?: GraphQLResolveInfo,
    @Arg('scope', () => ReportScope, { nullable: true, description: SCOPE }) scope?: ReportScope,
  ) {
    return reportService.runSaved(ctx, id, { filters, rowLimit, scope }, selectsRows(info));
  }

  @Mutation(() => ReportFolder, { description: 'Creates a report folder owned by the caller.' })
  createReportFolder(@Arg('input', () => ReportFolderInput) input: ReportFolderInput, @Ctx() ctx: RequestContext) {
    return reportFolderService.create(ctx, input);
  }

  @Mutation(() => ReportFolder, { description: 'Renames a folder or changes its access (owner or admin).' })
  updateReportFolder(@Arg('id', () => ID) id: string, @Arg('input', () => ReportFolderInput) input: ReportFolderInput, @Ctx() ctx: RequestContext) {
    return reportFolderService.update(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an empty folder (owner or admin); CONFLICT while it holds reports.' })
  deleteReportFolder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return reportFolderService.delete(ctx, id);
  }

  @Mutation(() => ReportFolder, { description: 'Shares a folder with a user (VIEW or EDIT) or removes the share (NONE); a PRIVATE folder becomes SHARED.' })
  shareReportFolder(
    @Arg('folderId', () => ID) folderId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('accessLevel', () => ReportFolderAccessLevel) accessLevel: ReportFolderAccessLevel,
    @Ctx() ctx: RequestContext,
  ) {
    return reportFolderService.share(ctx, folderId, userId, accessLevel);
  }

  @FieldResolver(() => ReportFolder, { nullable: true, description: 'The folder; null = private to the owner.' })
  folder(@Root() r: Report, @Ctx() ctx: RequestContext) {
    return r.folderId ? ctx.loaders.byId(ReportFolder, 'org').load(r.folderId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who saved it.' })
  owner(@Root() r: Report, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(r.ownerId);
  }

  @FieldResolver(() => ReportDefinition, { description: 'The definition, structured.' })
  definition(@Root() r: Report): ReportDefinition {
    return r.definitionData as unknown as ReportDefinition;
  }

  @FieldResolver(() => String, { description: 'The definition as JSON text (a ReportDefinitionInput).' })
  definitionJson(@Root() r: Report): string {
    return JSON.stringify(r.definitionData);
  }
}

@Resolver(() => ReportFolder)
export class ReportFolderResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who manages the folder (with admins).' })
  owner(@Root() f: ReportFolder, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(f.ownerId);
  }

  @FieldResolver(() => [ReportFolderShare], { description: 'Users the folder is shared with.' })
  shares(@Root() f: ReportFolder, @Ctx() ctx: RequestContext) {
    return reportFolderService.shares(ctx, f.id);
  }
}

@Resolver(() => ReportFolderShare)
export class ReportFolderShareResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user it is shared with.' })
  user(@Root() s: ReportFolderShare, @Ctx() ctx: RequestContext) {
    return ctx.loaders.byId(User, 'org').load(s.userId);
  }
}

export const reportsResolvers = [ReportResolver, ReportFolderResolver, ReportFolderShareResolver] as const;
