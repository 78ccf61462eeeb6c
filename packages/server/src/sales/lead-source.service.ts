import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, conflict } from '../common/errors';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { UserRole } from '../identity/user-role';
import { LeadSource } from './lead-source.entity';
import { orgLeadSources } from './picklists';

/** The tables whose `leadSource` column holds the picklist's values. */
const TABLES = ['lead', 'contact', 'opportunity'] as const;

export const leadSourceList = defineList(() => LeadSource, {
  name: 'LeadSource',
  fields: { id: 'id', apiName: 'string', sortOrder: 'number', isActive: 'boolean', createdDate: 'datetime', lastModifiedDate: 'datetime' },
  defaultOrder: [['sortOrder', SortDirection.ASC]],
});

@InputType()
export class LeadSourceInput {
  @Field({ nullable: true, description: 'The value records store; renaming renames it on leads, contacts and opportunities.' })
  @IsOptional()
  @Length(1, 40)
  apiName?: string;

  @Field({ nullable: true, description: 'Default: the apiName.' }) @IsOptional() @Length(1, 80) masterLabel?: string;
  @Field(() => Int, { nullable: true, description: 'Default: after the last.' }) @IsOptional() @Min(0) @Max(10_000) sortOrder?: number;
  @Field({ nullable: true, description: 'Inactive values cannot be chosen; records keep them.' }) isActive?: boolean;
}

/** Value before the pending update, to cascade a rename. */
const renamed = new WeakMap<LeadSource, string>();

/** The LeadSource picklist in Setup: administrators write, everyone reads. */
export class LeadSourceService extends CrudService<LeadSource> {
  readonly entity = LeadSource;
  readonly list = leadSourceList;
  readonly access = 'org' as const;
  readonly writeRoles = [UserRole.ADMIN];

  async all(ctx: RequestContext, includeInactive: boolean): Promise<LeadSource[]> {
    return (await orgLeadSources(ctx)).filter((v) => includeInactive || v.isActive);
  }

  private async inUse(ctx: RequestContext, value: string): Promise<boolean> {
    const union = TABLES.map((t) => `SELECT 1 FROM "${t}" WHERE "orgId" = $1 AND "leadSource" = $2`).join(' UNION ALL ');
    return (await ctx.em.query(`SELECT EXISTS (${union}) AS used`, [ctx.orgId, value]))[0].used === true;
  }

  protected async applyInput(ctx: RequestContext, row: LeadSource, input: Record<string, unknown>, isNew: boolean) {
    if (!isNew) renamed.set(row, row.apiName);
    await super.applyInput(ctx, row, input, isNew);
    if (!row.apiName) throw badInput('apiName', 'apiName is required');
    row.masterLabel ??= row.apiName;
    row.sortOrder ??= Math.max(0, ...(await orgLeadSources(ctx)).map((v) => v.sortOrder)) + 1;
    if ((await orgLeadSources(ctx)).some((v) => v.id !== row.id && v.apiName === row.apiName)) {
      throw conflict('apiName', `"${row.apiName}" is already a lead source`);
    }
  }

  protected async afterSave(ctx: RequestContext, row: LeadSource) {
    const old = renamed.get(row);
    if (old === undefined || old === row.apiName) return;
    for (const t of TABLES) {
      await ctx.em.query(
        `UPDATE "${t}" SET "leadSource" = $1, version = version + 1, "lastModifiedDate" = now() WHERE "orgId" = $2 AND "leadSource" = $3`,
        [row.apiName, ctx.orgId, old],
      );
    }
  }

  protected async beforeDelete(ctx: RequestContext, row: LeadSource) {
    if (await this.inUse(ctx, row.apiName)) throw conflict('id', `"${row.apiName}" is used by records: deactivate it instead`);
  }
}

export const leadSourceService = new LeadSourceService();
