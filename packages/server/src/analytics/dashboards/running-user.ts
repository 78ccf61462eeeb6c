import type { DataSource } from 'typeorm';
import type { SessionUser } from '../../api/request-context';
import { sha256Hex } from '../../api/persisted-queries';
import { teamSubquery } from '../../common/access';
import { crmError, isId, unauthenticated } from '../../common/errors';
import { ORG_WIDE_ROLES, UserRole } from '../../identity/user-role';
import { DashboardType } from './dashboard.entity';

export const DASHBOARD_HEADER = 'x-crm-dashboard';
export const VIEW_AS_HEADER = 'x-crm-view-as';

interface Body {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

const refuse = (code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN', message: string, status: number, field?: string) =>
  crmError(code, message, { http: { status }, ...(field ? { field } : {}) });

/**
 * Whose access a widget request runs with. Without `x-crm-dashboard`: the caller. With it, the
 * viewer must be allowed to view that dashboard and the operation must be one of its component
 * documents (by SHA-256 of the text sent, or the persisted-query hash when only that is sent):
 * otherwise any document could run with the running user's access. Then
 * - LOGGED_IN_USER: the viewer;
 * - SPECIFIED_USER: the running user (active, same organisation);
 * - MY_TEAM_USER: the viewer, or the user in `x-crm-view-as` when that is the viewer, someone
 *   below them in the hierarchy, or anyone for admins and executives.
 */
export async function dashboardRunAs(dataSource: DataSource, headers: Record<string, string | string[] | undefined>, body: Body | undefined, viewer: SessionUser | null): Promise<SessionUser | null> {
  const dashboardId = headers[DASHBOARD_HEADER];
  if (dashboardId === undefined) return viewer;
  if (!viewer) throw unauthenticated();
  if (typeof dashboardId !== 'string' || !isId(dashboardId)) throw refuse('BAD_USER_INPUT', `${DASHBOARD_HEADER} must be a dashboard id`, 400, DASHBOARD_HEADER);
  const sent = body?.extensions?.persistedQuery?.sha256Hash;
  const hash = typeof body?.query === 'string' ? sha256Hex(body.query) : typeof sent === 'string' ? sent.toLowerCase() : null;
  if (typeof body?.query === 'string' && typeof sent === 'string' && sent.toLowerCase() !== hash) {
    throw refuse('BAD_USER_INPUT', 'The persisted query hash does not match the document', 400, 'extensions.persistedQuery');
  }
  const [d] = await dataSource.query(
    `SELECT d."dashboardType", d."runningUserId",
            EXISTS (SELECT 1 FROM dashboard_component c WHERE c."dashboardId" = d.id AND c."documentHash" = $4) AS "isComponent"
       FROM dashboard d WHERE d.id = $1 AND d."orgId" = $2 AND (d."ownerId" = $3 OR d."isPublic" OR $5)`,
    [dashboardId.toLowerCase(), viewer.orgId, viewer.id, hash ?? '', viewer.role === UserRole.ADMIN],
  );
  if (!d) throw refuse('NOT_FOUND', `Dashboard ${dashboardId} was not found`, 404, DASHBOARD_HEADER);
  if (!d.isComponent) throw refuse('FORBIDDEN', 'This operation is not a component of the dashboard: it runs only as you, without the dashboard header', 403, DASHBOARD_HEADER);
  let runAs: string | null = null;
  if (d.dashboardType === DashboardType.SPECIFIED_USER) runAs = d.runningUserId;
  const viewAs = headers[VIEW_AS_HEADER];
  if (d.dashboardType === DashboardType.MY_TEAM_USER && typeof viewAs === 'string' && viewAs.toLowerCase() !== viewer.id) {
    if (!isId(viewAs)) throw refuse('BAD_USER_INPUT', `${VIEW_AS_HEADER} must be a user id`, 400, VIEW_AS_HEADER);
    const [allowed] = await dataSource.query(`SELECT 1 FROM "user" WHERE id = $1 AND "orgId" = $2 AND ($3 OR id IN ${teamSubquery('$4')})`, [
      viewAs.toLowerCase(), viewer.orgId, ORG_WIDE_ROLES.includes(viewer.role), viewer.id,
    ]);
    if (!allowed) throw refuse('FORBIDDEN', 'You may view this dashboard as yourself or someone below you in the hierarchy', 403, VIEW_AS_HEADER);
    runAs = viewAs.toLowerCase();
  }
  if (!runAs || runAs === viewer.id) return viewer;
  const [u] = await dataSource.query(`SELECT id, "orgId", role, name, "isActive" FROM "user" WHERE id = $1 AND "orgId" = $2`, [runAs, viewer.orgId]);
  if (!u?.isActive) throw refuse('FORBIDDEN', 'The dashboard\'s running user is deactivated: ask its owner to choose another', 403);
  return { id: u.id, orgId: u.orgId, role: u.role, name: u.name };
}
