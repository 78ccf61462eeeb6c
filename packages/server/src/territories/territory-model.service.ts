import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, forbidden } from '../common/errors';
import { assignmentRunService } from './assignment-run.service';
import { TERRITORY_WRITE_ROLES } from './model-lock';
import { cloneModelContent } from './territory-clone';
import { TerritoryModel, TerritoryModelState as State } from './territory-model.entity';
import { territoryModelList } from './territory-model.types';

/**
 * Territory models and their life cycle: PLANNING -> ACTIVE -> ARCHIVED, one ACTIVE model per
 * organisation (also a partial unique index). State changes are serialised per organisation
 * with an advisory lock and lock the model row exclusively.
 */
export class TerritoryModelService extends CrudService<TerritoryModel> {
  readonly entity = TerritoryModel;
  readonly list = territoryModelList;
  readonly access = 'org' as const;
  readonly writeRoles = TERRITORY_WRITE_ROLES;

  /** The organisation's ACTIVE model, if any (one statement per request). */
  active(ctx: RequestContext): Promise<TerritoryModel | null> {
    return ctx.loaders
      .get('territoryModel:active', async (keys: readonly string[]) => {
        const row = await ctx.em.findOne(TerritoryModel, { where: { orgId: ctx.orgId, state: State.ACTIVE } });
        return keys.map(() => row);
      })
      .load('active');
  }

  protected async apply(_ctx: RequestContext, row: TerritoryModel, input: Record<string, unknown>, isNew: boolean) {
    if (input.name === null || !row.name?.trim()) throw badInput('name', 'name is required');
    row.name = row.name.trim();
    if (row.name.length > 80) throw badInput('name', 'name is limited to 80 characters');
    if (isNew) row.state = State.PLANNING;
    else if (row.state === State.ARCHIVED) throw forbidden(`Territory model "${row.name}" is archived and read-only`, { field: 'id' });
    // A duplicate name hits the unique index (CONFLICT, field name).
  }

  /** Territories, rules and assignments go with the model (FK cascade). */
  protected async beforeDelete(_ctx: RequestContext, row: TerritoryModel) {
    if (row.state === State.ACTIVE) throw badInput('id', 'The active territory model cannot be deleted: activate another model first');
  }

  private async lockForStateChange(ctx: RequestContext, id: string): Promise<TerritoryModel> {
    await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('territory_model'), hashtext($1))`, [ctx.orgId]);
    return this.loadForWrite(ctx, id);
  }

  /**
   * Makes a PLANNING model the ACTIVE one and runs its assignment rules (manual assignments stay);
   * the previously active model is archived. One transaction: if anything fails, nothing changes.
   */
  activate(ctx: RequestContext, id: string): Promise<TerritoryModel> {
    this.assertWriteRole(ctx);
    return ctx.transaction(async () => {
      const row = await this.lockForStateChange(ctx, id);
      if (row.state === State.ACTIVE) return row;
      if (row.state === State.ARCHIVED) throw badInput('id', 'An archived territory model cannot be activated again: clone it and activate the clone');
      await ctx.em.query(
        `UPDATE territory_model SET state = 'ARCHIVED', "deactivatedDate" = now(), "lastModifiedDate" = now() WHERE "orgId" = $1 AND state = 'ACTIVE'`,
        [ctx.orgId],
      );
      row.state = State.ACTIVE;
      row.activatedDate = new Date();
      await assignmentRunService.assignAll(ctx, row.id);
      row.lastRunRulesEndDate = new Date();
      return ctx.em.save(row);
    });
  }

  /** ACTIVE -> ARCHIVED: the organisation is left without an active model. */
  archive(ctx: RequestContext, id: string): Promise<TerritoryModel> {
    this.assertWriteRole(ctx);
    return ctx.transaction(async () => {
      const row = await this.lockForStateChange(ctx, id);
      if (row.state === State.ARCHIVED) return row;
      if (row.state !== State.ACTIVE) throw badInput('id', 'Only the active territory model can be archived; delete a planning model instead');
      row.state = State.ARCHIVED;
      row.deactivatedDate = new Date();
      return ctx.em.save(row);
    });
  }

  /** A new PLANNING model with a copy of the source's content (any state may be cloned). */
  clone(ctx: RequestContext, id: string, name: string): Promise<TerritoryModel> {
    this.assertWriteRole(ctx);
    return ctx.transaction(async () => {
      const src = await this.findOne(ctx, id);
      await ctx.em.query(`SELECT 1 FROM territory_model WHERE id = $1 FOR SHARE`, [src.id]);
      const copy = await this.create(ctx, { name, description: src.description });
      await cloneModelContent(ctx.em, src.id, copy.id);
      return copy;
    });
  }
}

export const territoryModelService = new TerritoryModelService();
