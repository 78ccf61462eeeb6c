import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import type { ListDefinition } from '../common/list/define-list';
import { badInput, conflict } from '../common/errors';
import type { TenantEntity } from '../common/tenant.entity';
import { UserRole } from '../identity/user-role';
import { Competitor } from './competitor.entity';
import { LostReason } from './lost-reason.entity';
import { OpportunityStage } from './opportunity-stage.entity';
import { competitorList, lostReasonList, opportunityStageList } from './picklist-admin.types';
import { orgCompetitors, orgLostReasons, orgStages } from './picklists';

type Input = Record<string, unknown>;
type Row = TenantEntity & Record<string, unknown>;

/**
 * An opportunity picklist in Setup (stages, competitors, lost reasons): administrators write,
 * everyone reads. Opportunities store the value as text in `column`, so a value in use cannot be
 * deleted (deactivate it instead); renaming one in use renames it on the opportunities, or is
 * refused where the value drives derived fields (stages).
 */
abstract class OpportunityPicklistService<T extends TenantEntity> extends CrudService<T> {
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN];
  abstract readonly valueField: string;
  abstract readonly column: string;
  abstract readonly renameCascades: boolean;
  abstract values(ctx: RequestContext): Promise<T[]>;
  private readonly before = new WeakMap<object, string>();

  async all(ctx: RequestContext, includeInactive: boolean): Promise<T[]> {
    return (await this.values(ctx)).filter((v) => includeInactive || (v as unknown as Row).isActive);
  }

  protected async inUse(ctx: RequestContext, value: string): Promise<boolean> {
    const rows = await ctx.em.query(`SELECT 1 FROM opportunity WHERE "orgId" = $1 AND "${this.column}" = $2 LIMIT 1`, [ctx.orgId, value]);
    return rows.length > 0;
  }

  protected async applyInput(ctx: RequestContext, row: T, input: Input, isNew: boolean) {
    if (!isNew) this.before.set(row, (row as unknown as Row)[this.valueField] as string);
    await super.applyInput(ctx, row, input, isNew);
    const r = row as unknown as Row;
    if (!r[this.valueField]) throw badInput(this.valueField, `${this.valueField} is required`);
    const meta = ctx.em.connection.getMetadata(this.entity);
    if (meta.findColumnWithPropertyName('masterLabel')) r.masterLabel ??= r[this.valueField];
    if (meta.findColumnWithPropertyName('sortOrder') && r.sortOrder == null) {
      r.sortOrder = Math.max(0, ...(await this.values(ctx)).map((v) => Number((v as unknown as Row).sortOrder))) + 1;
    }
    const old = this.before.get(row);
    if (old !== undefined && old !== r[this.valueField] && !this.renameCascades && (await this.inUse(ctx, old))) {
      throw conflict(this.valueField, `"${old}" is used by opportunities: deactivate it and create a new value instead`);
    }
  }

  protected async afterSave(ctx: RequestContext, row: T) {
    const old = this.before.get(row);
    const now = (row as unknown as Row)[this.valueField];
    if (old === undefined || old === now || !this.renameCascades) return;
    await ctx.em.query(
      `UPDATE opportunity SET "${this.column}" = $1, version = version + 1, "lastModifiedDate" = now() WHERE "orgId" = $2 AND "${this.column}" = $3`,
      [now, ctx.orgId, old],
    );
  }

  protected async beforeDelete(ctx: RequestContext, row: T) {
    const value = (row as unknown as Row)[this.valueField] as string;
    if (await this.inUse(ctx, value)) throw conflict('id', `"${value}" is used by opportunities: deactivate it instead`);
  }
}

export class OpportunityStageService extends OpportunityPicklistService<OpportunityStage> {
  readonly entity = OpportunityStage;
  readonly list = opportunityStageList as ListDefinition<OpportunityStage>;
  readonly valueField = 'apiName';
  readonly column = 'stageName';
  readonly renameCascades = false;
  values = orgStages;

  protected async apply(ctx: RequestContext, row: OpportunityStage) {
    row.defaultProbability ??= row.isWon ? 100 : 0;
    row.forecastCategoryName ??= row.isWon ? 'Closed' : row.isClosed ? 'Omitted' : 'Pipeline';
    row.isClosed ??= false;
    row.isWon ??= false;
    row.isActive ??= true;
    row.keyFields ??= [];
    if (row.isWon && !row.isClosed) throw badInput('isWon', 'A won stage must be closed');
    const others = (await orgStages(ctx)).filter((s) => s.id !== row.id && s.isActive);
    if (!row.isActive && !others.some((s) => !s.isClosed) && !row.isClosed) {
      throw badInput('isActive', 'The organisation needs at least one active open stage');
    }
  }

  /** Sets the path's order: every stage of the org, each once, first to last. */
  async reorder(ctx: RequestContext, apiNames: string[]): Promise<OpportunityStage[]> {
    this.assertWriteRole(ctx);
    return ctx.transaction(async () => {
      const stages = await ctx.em.find(OpportunityStage, { where: { orgId: ctx.orgId }, lock: { mode: 'pessimistic_write' } });
      const names = new Set(stages.map((s) => s.apiName));
      if (apiNames.length !== names.size || new Set(apiNames).size !== names.size || apiNames.some((n) => !names.has(n))) {
        throw badInput('apiNames', 'List every stage of the organisation exactly once');
      }
      await ctx.em.query(
        `UPDATE opportunity_stage s SET "sortOrder" = v.n, "lastModifiedDate" = now()
         FROM unnest($2::text[]) WITH ORDINALITY AS v(name, n) WHERE s."orgId" = $1 AND s."apiName" = v.name`,
        [ctx.orgId, apiNames],
      );
      return ctx.em.find(OpportunityStage, { where: { orgId: ctx.orgId }, order: { sortOrder: 'ASC' } });
    });
  }
}

export class CompetitorService extends OpportunityPicklistService<Competitor> {
  readonly entity = Competitor;
  readonly list = competitorList as ListDefinition<Competitor>;
  readonly valueField = 'name';
  readonly column = 'competitor';
  readonly renameCascades = true;
  values = orgCompetitors;
}

export class LostReasonService extends OpportunityPicklistService<LostReason> {
  readonly entity = LostReason;
  readonly list = lostReasonList as ListDefinition<LostReason>;
  readonly valueField = 'apiName';
  readonly column = 'lostReason';
  readonly renameCascades = true;
  values = orgLostReasons;
}

export const opportunityStageService = new OpportunityStageService();
export const competitorService = new CompetitorService();
export const lostReasonService = new LostReasonService();
