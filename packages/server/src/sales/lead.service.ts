import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { badInput, forbidden } from '../common/errors';
import { UserRole } from '../identity/user-role';
import { Lead } from './lead.entity';
import type { LeadStatus } from './lead-status.entity';
import { leadList } from './lead.types';
import { assertPicklistValues, orgLeadStatuses } from './picklists';

type Input = Record<string, unknown>;

/** The owner each pending update started from (isUnreadByOwner follows owner changes). */
const ownerBefore = new WeakMap<Lead, string>();

/**
 * Salesforce IsUnreadByOwner: a lead created for, or given to, someone other than the writer is
 * unread until its owner opens it; taking a lead yourself leaves it read.
 */
export function unreadAfterWrite(writerId: string, ownerId: string, previousOwnerId: string | null, wasUnread: boolean): boolean {
  if (previousOwnerId === ownerId) return wasUnread;
  return ownerId !== writerId;
}

export class LeadService extends CrudService<Lead> {
  readonly entity = Lead;
  readonly list = leadList;
  readonly access = 'owner' as const;

  /** The org's status with this apiName, or null. */
  async status(ctx: RequestContext, apiName: string): Promise<LeadStatus | null> {
    return (await orgLeadStatuses(ctx)).find((s) => s.apiName === apiName) ?? null;
  }

  /** Every lead status of the caller's org, by sortOrder. */
  statuses(ctx: RequestContext): Promise<LeadStatus[]> {
    return orgLeadStatuses(ctx);
  }

  /** For conversion: the caller may give the new records to this user. */
  assertNewOwner(ctx: RequestContext, ownerId: string): Promise<void> {
    return this.assertAssignableOwner(ctx, ownerId);
  }

  protected async applyInput(ctx: RequestContext, row: Lead, input: Input, isNew: boolean) {
    if (!isNew) ownerBefore.set(row, row.ownerId);
    await super.applyInput(ctx, row, input, isNew);
  }

  /**
   * The owner opened the lead: clears isUnreadByOwner. Anyone else (or a read lead) changes
   * nothing. Not a record edit: the version and lastModifiedDate stay as they were.
   */
  async markRead(ctx: RequestContext, id: string): Promise<Lead> {
    const lead = await this.findOne(ctx, id);
    if (lead.ownerId !== ctx.user.id || !lead.isUnreadByOwner) return lead;
    await ctx.em.query(`UPDATE "lead" SET "isUnreadByOwner" = false WHERE id = $1 AND "orgId" = $2 AND "ownerId" = $3`, [lead.id, ctx.orgId, ctx.user.id]);
    return Object.assign(lead, { isUnreadByOwner: false });
  }

  protected async apply(ctx: RequestContext, row: Lead, input: Input, isNew: boolean) {
    row.isUnreadByOwner = unreadAfterWrite(ctx.user.id, row.ownerId, isNew ? null : (ownerBefore.get(row) ?? row.ownerId), Boolean(row.isUnreadByOwner));
    await assertPicklistValues(ctx, input, 'Lead');
    // Converted leads are read-only except for admins ("View and Edit Converted Leads").
    if (!isNew && row.isConverted && ctx.user.role !== UserRole.ADMIN) throw forbidden('A converted lead cannot be changed');
    for (const f of ['lastName', 'company'] as const) if (!row[f]) throw badInput(f, `${f} is required`);
    row.name = [row.firstName, row.lastName].filter(Boolean).join(' ');
    if (isNew && input.status == null) {
      const def = (await orgLeadStatuses(ctx)).find((s) => s.isDefault);
      if (!def) throw badInput('status', 'The organisation has no default lead status');
      row.status = def.apiName;
    } else if (input.status !== undefined) {
      const status = typeof input.status === 'string' ? await this.status(ctx, input.status) : null;
      if (!status) throw badInput('status', `"${input.status}" is not a lead status`);
      if (status.isConverted && !row.isConverted) throw badInput('status', 'Converted statuses are set by convertLead');
      if (!status.isConverted && row.isConverted) throw badInput('status', 'A converted lead keeps a converted status');
    }
  }
}

export const leadService = new LeadService();
