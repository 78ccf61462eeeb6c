import type { RequestContext } from '../../api/request-context';
import { UserRole } from '../../identity/user-role';

/** Admins see and manage every report and folder of their organisation. */
export const managesAllReports = (ctx: RequestContext) => ctx.user.role === UserRole.ADMIN;

const shared = (f: string, levels: string) =>
  `EXISTS (SELECT 1 FROM report_folder_share s WHERE s."folderId" = ${f}.id AND s."userId" = :__userId AND s."accessLevel" IN (${levels}))`;

/** A folder the caller reads: their own, PUBLIC, or SHARED with them. `null` = every folder (admins). */
export function visibleFoldersSql(ctx: RequestContext, f: string): { sql: string; params: Record<string, unknown> } | null {
  if (managesAllReports(ctx)) return null;
  return {
    sql: `(${f}."ownerId" = :__userId OR ${f}."accessType" = 'PUBLIC' OR (${f}."accessType" = 'SHARED' AND ${shared(f, `'VIEW', 'EDIT'`)}))`,
    params: { __userId: ctx.user.id },
  };
}

/** A folder the caller saves reports into: their own, or shared with them to EDIT. */
export function editableFoldersSql(ctx: RequestContext, f: string): { sql: string; params: Record<string, unknown> } | null {
  if (managesAllReports(ctx)) return null;
  return { sql: `(${f}."ownerId" = :__userId OR (${f}."accessType" <> 'PRIVATE' AND ${shared(f, `'EDIT'`)}))`, params: { __userId: ctx.user.id } };
}

/** A saved report the caller reads: their own, or in a folder they read (`f` is the LEFT JOINed folder). */
export function visibleReportsSql(ctx: RequestContext, r: string, f: string): { sql: string; params: Record<string, unknown> } | null {
  const folders = visibleFoldersSql(ctx, f);
  if (!folders) return null;
  return { sql: `(${r}."ownerId" = :__userId OR (${f}.id IS NOT NULL AND ${folders.sql}))`, params: folders.params };
}
