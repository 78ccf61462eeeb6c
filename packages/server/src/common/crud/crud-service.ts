import type { ClassType } from 'type-graphql';
import type { EntityTarget } from 'typeorm';
import type { RequestContext } from '../../api/request-context';
import type { UserRole } from '../../identity/user-role';
import { User } from '../../identity/user.entity';
import type { AccessPolicy } from '../access';
import { assertId, badInput, crmError, forbidden, notFound } from '../errors';
import type { ListDefinition } from '../list/define-list';
import { loadPage, type ListArgs, type ListSource } from '../list/list-query';
import type { Page } from '../list/connection-types';
import { OwnedEntity, type TenantEntity } from '../tenant.entity';
import { writeHooks } from './write-hooks';

type Input = Record<string, unknown>;

/**
 * Reads and writes of one object, with the rules every object shares: organisation scoping,
 * record visibility, role checks on writes, reference checks, transactions. Subclasses add the
 * object's own rules in `apply` (derived fields) and `validate`.
 */
export abstract class CrudService<T extends TenantEntity> {
  abstract readonly entity: ClassType<T>;
  abstract readonly list: ListDefinition<T>;
  abstract readonly access: AccessPolicy;
  /** Roles allowed to create, update and delete; undefined: every role. */
  readonly writeRoles?: readonly UserRole[];

  get label(): string {
    return this.list.spec.name;
  }

  source(where?: ListSource<T>['where']): ListSource<T> {
    return { entity: this.entity, def: this.list, access: this.access, where };
  }

  async findOne(ctx: RequestContext, id: string): Promise<T> {
    const row = await ctx.loaders.byId(this.entity, this.access).load(assertId(id));
    if (!row) throw notFound(this.label, id);
    return row;
  }

  findMany(ctx: RequestContext, args: ListArgs): Promise<Page<T>> {
    return loadPage(ctx, this.source(), args);
  }

  create(ctx: RequestContext, input: Input): Promise<T> {
    this.assertWriteRole(ctx);
    return ctx.transaction(async () => {
      const row = ctx.em.create(this.entity, { orgId: ctx.orgId } as never) as T;
      // Owned records default to the caller as owner.
      if (row instanceof OwnedEntity) row.ownerId = ctx.user.id;
      await this.applyInput(ctx, row, input, true);
      await this.checkRules(ctx, null, row);
      const saved = await ctx.em.save(row);
      await this.afterSave(ctx, saved, true, null);
      return saved;
    });
  }

  /**
   * Changes the given fields. With `expectedVersion` (the `version` the caller read), a record
   * changed since fails with CONFLICT carrying its current values, and nothing is written.
   */
  update(ctx: RequestContext, id: string, input: Input): Promise<T> {
    this.assertWriteRole(ctx);
    const { expectedVersion, ...fields } = input;
    return ctx.transaction(async () => {
      const row = await this.loadForWrite(ctx, id);
      if (expectedVersion != null) this.assertVersion(ctx, row, expectedVersion as number);
      const before = { ...row } as Record<string, unknown>;
      await this.applyInput(ctx, row, fields, false);
      await this.checkRules(ctx, before, row);
      const saved = await ctx.em.save(row);
      await this.afterSave(ctx, saved, false, before);
      return saved;
    });
  }

  /** Optimistic concurrency: the row (locked) must still have the version the caller read. */
  protected assertVersion(ctx: RequestContext, row: T, expected: number) {
    const version = (row as unknown as { version?: number }).version;
    if (version === undefined) throw badInput('expectedVersion', `${this.label} records have no version`);
    if (version === expected) return;
    const meta = ctx.em.connection.getMetadata(this.entity);
    const current: Record<string, unknown> = {};
    for (const c of meta.columns) if (c.propertyName !== 'orgId') current[c.propertyName] = (row as Record<string, unknown>)[c.propertyName];
    throw crmError('CONFLICT', `This ${this.label} was changed by someone else (version ${version}, you read ${expected}): review its current values`, {
      field: 'expectedVersion', current,
    });
  }

  /** The org's active validation rules of this object, on the row as it would be saved. */
  protected async checkRules(ctx: RequestContext, before: Record<string, unknown> | null, row: T) {
    await writeHooks.validate?.(ctx, this.label, before, row as unknown as Record<string, unknown>);
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    this.assertWriteRole(ctx);
    return ctx.transaction(async () => {
      const row = await this.loadForWrite(ctx, id);
      await this.beforeDelete(ctx, row);
      await ctx.em.delete(this.entity as EntityTarget<T>, { id: row.id } as never);
      return row.id;
    });
  }

  /** Loads a record for a write, locked: NOT_FOUND outside the org, FORBIDDEN if not visible. */
  async loadForWrite(ctx: RequestContext, id: string, field = 'id'): Promise<T> {
    const row = await ctx.em
      .getRepository(this.entity)
      .createQueryBuilder('t')
      .where('t.id = :id AND t."orgId" = :orgId', { id: assertId(id, field), orgId: ctx.orgId })
      // NO KEY UPDATE: keys never change, and it lets foreign-key checks of other writers
      // (KEY SHARE on this row) pass instead of deadlocking with them.
      .setLock('for_no_key_update')
      .getOne();
    if (!row) throw notFound(this.label, id, field);
    if (this.access === 'owner' && !(await this.canSeeOwner(ctx, (row as unknown as { ownerId: string }).ownerId))) {
      throw forbidden(`You cannot change this ${this.label}`, { field });
    }
    return row;
  }

  protected async canSeeOwner(ctx: RequestContext, ownerId: string): Promise<boolean> {
    return ctx.seesWholeOrg || (await ctx.loaders.teamIds()).has(ownerId);
  }

  protected assertWriteRole(ctx: RequestContext) {
    if (this.writeRoles && !this.writeRoles.includes(ctx.user.role)) {
      throw forbidden(`Your role cannot change ${this.label} records`);
    }
  }

  /** Copies given fields (undefined = leave as is) and checks references and ownership. */
  protected async applyInput(ctx: RequestContext, row: T, input: Input, isNew: boolean): Promise<void> {
    const { ownerId, ...rest } = input;
    if (ownerId !== undefined && ownerId !== null) {
      await this.assertAssignableOwner(ctx, ownerId as string);
      (row as unknown as { ownerId: string }).ownerId = ownerId as string;
    }
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) (row as Record<string, unknown>)[k] = v;
    await this.apply(ctx, row, input, isNew);
  }

  /** Object-specific derived fields and rules; runs after the input was copied. */
  protected async apply(_ctx: RequestContext, _row: T, _input: Input, _isNew: boolean): Promise<void> {}

  /** After the row was saved, in the write's transaction; `before` is the row as loaded (null if new). */
  protected async afterSave(_ctx: RequestContext, _row: T, _isNew: boolean, _before?: Record<string, unknown> | null): Promise<void> {}

  protected async beforeDelete(_ctx: RequestContext, _row: T): Promise<void> {}

  /** A new owner must be an active user of the org, within the caller's team unless org-wide. */
  protected async assertAssignableOwner(ctx: RequestContext, ownerId: string) {
    const user = await this.reference(ctx, User, ownerId, 'ownerId', 'org');
    if (!user.isActive) throw badInput('ownerId', 'The owner must be an active user');
    if (!(await this.canSeeOwner(ctx, ownerId))) throw forbidden('You can only assign records to yourself or your team', { field: 'ownerId' });
  }

  /** A referenced record must exist in the caller's org and be visible to them. */
  protected async reference<R extends TenantEntity>(ctx: RequestContext, entity: ClassType<R>, id: string, field: string, access: AccessPolicy): Promise<R> {
    const row = await ctx.loaders.byId(entity, access).load(assertId(id, field));
    if (!row) throw badInput(field, `${field}: no ${entity.name} with id ${id}`);
    return row;
  }
}
