import type { GraphQLSchema } from 'graphql';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import { registerPersistedQuery } from '../../api/persisted-queries';
import { teamSubquery } from '../../common/access';
import { assertId, badInput, conflict, forbidden, notFound } from '../../common/errors';
import { UserRole } from '../../identity/user-role';
import { analyticsToday, resolveDateLiteral } from '../relative-dates';
import { checkDocument, checkSettings, componentObjects } from './component-document';
import { Dashboard, DashboardComponent, DashboardType, type DashboardFilter } from './dashboard.entity';
import type {
  CreateDashboardComponentInput, CreateDashboardInput, DashboardFilterInput, UpdateDashboardComponentInput, UpdateDashboardInput,
} from './dashboard.types';

const isAdmin = (ctx: RequestContext) => ctx.user.role === UserRole.ADMIN;

/**
 * Dashboards are read by their owner, by everyone when public, and by administrators; written
 * by their owner and administrators. A SPECIFIED_USER dashboard runs its components with the
 * running user's access, so only someone who could see that user's records anyway may set it:
 * the caller, someone below them in the hierarchy, or anyone for admins and executives. That
 * rule is re-checked on every write of the dashboard or its components.
 */
export class DashboardService {
  /** The dashboards query scoped to what the caller may view. */
  visible(ctx: RequestContext, em: EntityManager = ctx.em): SelectQueryBuilder<Dashboard> {
    const qb = em.getRepository(Dashboard).createQueryBuilder('d').where('d."orgId" = :org', { org: ctx.orgId });
    if (!isAdmin(ctx)) qb.andWhere('(d."ownerId" = :me OR d."isPublic")', { me: ctx.user.id });
    return qb;
  }

  list(ctx: RequestContext): Promise<Dashboard[]> {
    return this.visible(ctx).orderBy('d.folder', 'ASC', 'NULLS FIRST').addOrderBy('d.title', 'ASC').addOrderBy('d.id').getMany();
  }

  async findOne(ctx: RequestContext, id?: string | null, developerName?: string | null): Promise<Dashboard | null> {
    if (!id && !developerName) throw badInput('id', 'Give id or developerName');
    const qb = this.visible(ctx);
    if (id) qb.andWhere('d.id = :id', { id: assertId(id) });
    if (developerName) qb.andWhere('d."developerName" = :dn', { dn: developerName });
    return qb.getOne();
  }

  /** Components of many dashboards in one statement, in grid order. */
  components(ctx: RequestContext, dashboardId: string): Promise<DashboardComponent[]> {
    return ctx.loaders
      .get<string, DashboardComponent[]>('dashboard.components', async (ids) => {
        const rows = await ctx.em.getRepository(DashboardComponent).createQueryBuilder('c')
          .where('c."dashboardId" = ANY(:ids)', { ids }).andWhere('c."orgId" = :org', { org: ctx.orgId })
          .orderBy('c.row').addOrderBy('c.col').addOrderBy('c.id').getMany();
        return ids.map((id) => rows.filter((r) => r.dashboardId === id));
      })
      .load(dashboardId);
  }

  /** The dashboard locked for a write: NOT_FOUND when not viewable, FORBIDDEN when viewable only. */
  private async loadForWrite(ctx: RequestContext, id: string, field = 'id'): Promise<Dashboard> {
    const d = await this.visible(ctx).andWhere('d.id = :id', { id: assertId(id, field) }).setLock('pessimistic_write').getOne();
    if (!d) throw notFound('Dashboard', id, field);
    if (d.ownerId !== ctx.user.id && !isAdmin(ctx)) throw forbidden('Only the owner or an administrator changes this dashboard');
    await this.assertRunningUser(ctx, d.dashboardType, d.runningUserId);
    return d;
  }

  private async assertRunningUser(ctx: RequestContext, type: DashboardType, runningUserId: string | null): Promise<void> {
    if (type !== DashboardType.SPECIFIED_USER) return;
    if (!runningUserId) throw badInput('runningUserId', 'A SPECIFIED_USER dashboard needs a running user');
    const wide = ctx.seesWholeOrg;
    const [row] = await ctx.em.query(
      `SELECT u."isActive", ($3 OR u.id IN ${teamSubquery('$4')}) AS allowed FROM "user" u WHERE u.id = $1 AND u."orgId" = $2`,
      [assertId(runningUserId, 'runningUserId'), ctx.orgId, wide, ctx.user.id],
    );
    if (!row) throw badInput('runningUserId', 'The running user is not a user of this organisation');
    if (!row.isActive) throw badInput('runningUserId', 'The running user is deactivated');
    if (!row.allowed) throw forbidden('The running user must be you or someone below you in the hierarchy', { field: 'runningUserId' });
  }

  private checkFilters(filters: DashboardFilterInput[]): DashboardFilter[] {
    const seen = new Set<string>();
    return filters.map((f, i) => {
      if (seen.has(f.name)) throw badInput(`filters.${i}.name`, `The dashboard already has a ${f.name} filter`);
      seen.add(f.name);
      const values = [f.defaultValue, ...(f.options ?? []).map((o) => o.value)].filter((v): v is string => !!v);
      for (const v of values) {
        // Validity only: a literal is valid whatever the organisation's fiscal year start month.
        if (f.name === 'period') resolveDateLiteral(v, analyticsToday(), { field: `filters.${i}.options` });
        else assertId(v, `filters.${i}.options`);
      }
      return { name: f.name, label: f.label, defaultValue: f.defaultValue ?? null, options: (f.options ?? []).map((o) => ({ value: o.value, label: o.label })) };
    });
  }

  private async apply(ctx: RequestContext, d: Dashboard, input: Partial<CreateDashboardInput & UpdateDashboardInput>) {
    for (const k of ['title', 'developerName', 'description', 'folder', 'isPublic', 'dashboardType', 'runningUserId'] as const) {
      if (input[k] !== undefined) (d as unknown as Record<string, unknown>)[k] = input[k];
    }
    if (input.filters) d.filters = this.checkFilters(input.filters);
    d.dashboardType ??= DashboardType.LOGGED_IN_USER;
    if (d.dashboardType !== DashboardType.SPECIFIED_USER) d.runningUserId = null;
    await this.assertRunningUser(ctx, d.dashboardType, d.runningUserId);
    const clash = await ctx.em.findOne(Dashboard, { where: { orgId: ctx.orgId, developerName: d.developerName } });
    if (clash && clash.id !== d.id) throw conflict('developerName', `A dashboard named ${d.developerName} already exists`);
  }

  create(ctx: RequestContext, input: CreateDashboardInput): Promise<Dashboard> {
    return ctx.transaction(async () => {
      const d = ctx.em.create(Dashboard, { orgId: ctx.orgId, ownerId: ctx.user.id, filters: [], isPublic: false });
      await this.apply(ctx, d, input);
      return ctx.em.save(d);
    });
  }

  update(ctx: RequestContext, id: string, input: UpdateDashboardInput): Promise<Dashboard> {
    return ctx.transaction(async () => {
      const d = await this.loadForWrite(ctx, id);
      if (input.expectedVersion != null && input.expectedVersion !== d.version) throw conflict('expectedVersion', 'Someone saved this dashboard since you read it');
      await this.apply(ctx, d, input);
      return ctx.em.save(d);
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return ctx.transaction(async () => {
      const d = await this.loadForWrite(ctx, id);
      await ctx.em.delete(Dashboard, { id: d.id });
      return d.id;
    });
  }

  private async applyComponent(ctx: RequestContext, schema: GraphQLSchema, c: DashboardComponent, input: Partial<CreateDashboardComponentInput & UpdateDashboardComponentInput>) {
    if (input.title !== undefined) c.title = input.title;
    if (input.visualization !== undefined) c.visualization = input.visualization;
    if (input.position) Object.assign(c, { row: input.position.row, col: input.position.col, width: input.position.width });
    if (input.position && input.position.col + input.position.width > 12) throw badInput('position.width', 'The component does not fit in 12 columns');
    if (input.reportId !== undefined) c.reportId = input.reportId ? assertId(input.reportId, 'reportId') : null;
    if (input.kpi !== undefined) c.kpi = input.kpi;
    if (input.settings !== undefined) c.settings = checkSettings(input.settings);
    if (input.document !== undefined || input.objects !== undefined) {
      const checked = checkDocument(schema, input.document ?? c.document);
      c.document = checked.document;
      c.documentHash = checked.documentHash;
      c.objects = componentObjects(input.objects ?? (input.document === undefined ? c.objects : null), checked.rootFields);
      await registerPersistedQuery(ctx.em, c.document, ctx.orgId);
    }
  }

  createComponent(ctx: RequestContext, schema: GraphQLSchema, input: CreateDashboardComponentInput): Promise<DashboardComponent> {
    return ctx.transaction(async () => {
      const d = await this.loadForWrite(ctx, input.dashboardId, 'dashboardId');
      const c = ctx.em.create(DashboardComponent, { orgId: ctx.orgId, dashboardId: d.id, reportId: null, kpi: null, settings: null });
      await this.applyComponent(ctx, schema, c, input);
      return ctx.em.save(c);
    });
  }

  updateComponent(ctx: RequestContext, schema: GraphQLSchema, id: string, input: UpdateDashboardComponentInput): Promise<DashboardComponent> {
    return ctx.transaction(async () => {
      const c = await this.componentForWrite(ctx, id);
      await this.applyComponent(ctx, schema, c, input);
      return ctx.em.save(c);
    });
  }

  deleteComponent(ctx: RequestContext, id: string): Promise<string> {
    return ctx.transaction(async () => {
      const c = await this.componentForWrite(ctx, id);
      await ctx.em.delete(DashboardComponent, { id: c.id });
      return c.id;
    });
  }

  private async componentForWrite(ctx: RequestContext, id: string): Promise<DashboardComponent> {
    const c = await ctx.em.findOne(DashboardComponent, { where: { id: assertId(id), orgId: ctx.orgId } });
    if (!c) throw notFound('DashboardComponent', id);
    await this.loadForWrite(ctx, c.dashboardId).catch((e) => {
      throw e.extensions?.code === 'NOT_FOUND' ? notFound('DashboardComponent', id) : e;
    });
    return c;
  }
}

export const dashboardService = new DashboardService();
