import DataLoader from 'dataloader';
import type { RequestContext } from '../../api/request-context';
import { assertId, badInput, conflict, forbidden, notFound } from '../../common/errors';
import { User } from '../../identity/user.entity';
import { ReportFolderAccess, ReportFolderAccessLevel } from './report-enums';
import { Report, ReportFolder, ReportFolderShare } from './report.entity';
import { editableFoldersSql, managesAllReports, visibleFoldersSql } from './report-visibility';

export interface FolderInput {
  name?: string | null;
  accessType?: ReportFolderAccess | null;
}

function cleanName(name: unknown, field = 'name'): string {
  const n = typeof name === 'string' ? name.trim() : '';
  if (!n || n.length > 120) throw badInput(field, 'A name of 1-120 characters is required');
  return n;
}

const perRequest = new WeakMap<object, DataLoader<string, ReportFolderShare[]>>();

/** Report folders: who reads (own, public, shared) and who manages (owner, admins) them. */
export class ReportFolderService {
  async list(ctx: RequestContext): Promise<ReportFolder[]> {
    const qb = ctx.em.createQueryBuilder(ReportFolder, 'f').where('f."orgId" = :org', { org: ctx.orgId });
    const vis = visibleFoldersSql(ctx, 'f');
    if (vis) qb.andWhere(vis.sql, vis.params);
    return qb.orderBy('lower(f.name)').addOrderBy('f.id').getMany();
  }

  /** A folder the caller reads, else NOT_FOUND. */
  async findVisible(ctx: RequestContext, id: string, field = 'id'): Promise<ReportFolder> {
    const qb = ctx.em.createQueryBuilder(ReportFolder, 'f').where('f.id = :id AND f."orgId" = :org', { id: assertId(id, field), org: ctx.orgId });
    const vis = visibleFoldersSql(ctx, 'f');
    if (vis) qb.andWhere(vis.sql, vis.params);
    const f = await qb.getOne();
    if (!f) throw notFound('ReportFolder', id, field);
    return f;
  }

  /** Saving into a folder needs edit access (owner, EDIT share, admin). */
  async assertEditable(ctx: RequestContext, id: string, field = 'folderId'): Promise<ReportFolder> {
    const f = await this.findVisible(ctx, id, field);
    const edit = editableFoldersSql(ctx, 'f');
    if (!edit) return f;
    const [row] = await ctx.em.query(...ctx.dataSource.driver.escapeQueryWithParameters(`SELECT 1 FROM report_folder f WHERE f.id = :id AND ${edit.sql}`, { ...edit.params, id: f.id }, {}));
    if (!row) throw forbidden('You may not save reports in this folder', { field });
    return f;
  }

  private async managed(ctx: RequestContext, id: string): Promise<ReportFolder> {
    const f = await this.findVisible(ctx, id);
    if (f.ownerId !== ctx.user.id && !managesAllReports(ctx)) throw forbidden('Only the folder owner or an administrator manages it', { field: 'id' });
    return f;
  }

  async create(ctx: RequestContext, input: FolderInput): Promise<ReportFolder> {
    return ctx.transaction(() => ctx.em.getRepository(ReportFolder).save(ctx.em.getRepository(ReportFolder).create({
      orgId: ctx.orgId, ownerId: ctx.user.id, name: cleanName(input.name), accessType: input.accessType ?? ReportFolderAccess.PRIVATE,
    })));
  }

  async update(ctx: RequestContext, id: string, input: FolderInput): Promise<ReportFolder> {
    return ctx.transaction(async () => {
      const f = await this.managed(ctx, id);
      if (input.name !== undefined) f.name = cleanName(input.name);
      if (input.accessType) f.accessType = input.accessType;
      return ctx.em.getRepository(ReportFolder).save(f);
    });
  }

  /** Like Salesforce, only an empty folder is deleted. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.transaction(async () => {
      const f = await this.managed(ctx, id);
      if (await ctx.em.getRepository(Report).exist({ where: { folderId: f.id, orgId: ctx.orgId } })) throw conflict('id', 'The folder still holds reports: move or delete them first');
      await ctx.em.getRepository(ReportFolderShare).delete({ folderId: f.id, orgId: ctx.orgId });
      await ctx.em.getRepository(ReportFolder).delete({ id: f.id, orgId: ctx.orgId });
      return true;
    });
  }

  /** Shares a folder with a user (VIEW or EDIT), or removes the share (NONE). A PRIVATE folder becomes SHARED. */
  async share(ctx: RequestContext, folderId: string, userId: string, level: ReportFolderAccessLevel): Promise<ReportFolder> {
    return ctx.transaction(async () => {
      const f = await this.managed(ctx, folderId);
      const user = await ctx.em.getRepository(User).findOne({ where: { id: assertId(userId, 'userId'), orgId: ctx.orgId } });
      if (!user) throw notFound('User', userId, 'userId');
      const shares = ctx.em.getRepository(ReportFolderShare);
      if (level === ReportFolderAccessLevel.NONE) {
        await shares.delete({ folderId: f.id, userId: user.id, orgId: ctx.orgId });
      } else {
        await ctx.em.query(`INSERT INTO report_folder_share ("orgId", "folderId", "userId", "accessLevel") VALUES ($1, $2, $3, $4)
          ON CONFLICT ("folderId", "userId") DO UPDATE SET "accessLevel" = EXCLUDED."accessLevel", "lastModifiedDate" = now()`, [ctx.orgId, f.id, user.id, level]);
        if (f.accessType === ReportFolderAccess.PRIVATE) {
          f.accessType = ReportFolderAccess.SHARED;
          await ctx.em.getRepository(ReportFolder).save(f);
        }
      }
      return f;
    });
  }

  /** Shares of folders, one statement per request. */
  shares(ctx: RequestContext, folderId: string): Promise<ReportFolderShare[]> {
    let l = perRequest.get(ctx.loaders);
    if (!l) {
      l = new DataLoader(async (ids: readonly string[]) => {
        const rows = await ctx.em.getRepository(ReportFolderShare).createQueryBuilder('s')
          .where('s."folderId" = ANY(:ids) AND s."orgId" = :org', { ids: [...ids], org: ctx.orgId }).orderBy('s."createdDate"').getMany();
        return ids.map((id) => rows.filter((r) => r.folderId === id));
      });
      perRequest.set(ctx.loaders, l);
    }
    return l.load(folderId);
  }
}

export const reportFolderService = new ReportFolderService();
