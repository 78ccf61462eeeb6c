import type { RequestContext } from '../api/request-context';
import { scopeQuery } from '../common/access';
import { CrudService } from '../common/crud/crud-service';
import { assertId, badInput } from '../common/errors';
import { FilterCompiler } from '../common/list/compile-filter';
import { applyCustomFields, shareLockRecordType } from './campaign-custom-fields';
import { CampaignMemberStatus } from './campaign-member-status.entity';
import { Campaign } from './campaign.entity';
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, CAMPAIGN_WRITE_ROLES, campaignList, MAX_CALENDAR_CAMPAIGNS, MAX_CALENDAR_DAYS } from './campaign.types';

const EVENT_TYPES = new Set(['Webinar', 'Conference', 'Trade Show', 'Seminar / Conference']);

/** The member statuses a new campaign starts with, by type: [label, hasResponded, isDefault]. */
export function defaultMemberStatuses(type: string | null): Array<[string, boolean, boolean]> {
  if (type === 'Email') {
    return [['Sent', false, true], ['Opened', false, false], ['Clicked', false, false], ['Responded', true, false], ['Unsubscribed', false, false]];
  }
  if (type && EVENT_TYPES.has(type)) return [['Invited', false, true], ['Registered', false, false], ['Attended', true, false], ['No Show', false, false]];
  return [['Sent', false, true], ['Responded', true, false]];
}

const NOT_NULL = ['name', 'status', 'isActive'];

export class CampaignService extends CrudService<Campaign> {
  readonly entity = Campaign;
  readonly list = campaignList;
  readonly access = 'org' as const;
  readonly writeRoles = CAMPAIGN_WRITE_ROLES;
  /** The record type before the input was applied (custom values follow a change of it). */
  private readonly recordTypeBefore = new WeakMap<Campaign, string | null>();

  /**
   * Campaigns on a calendar from `start` to `end` (dates, both included): those that start by
   * `end` and end on or after `start`; a campaign without an end date shows on its start date.
   * At most MAX_CALENDAR_CAMPAIGNS, by start date.
   */
  async calendar(ctx: RequestContext, start: string, end: string, filter?: Record<string, unknown> | null): Promise<Campaign[]> {
    if (end < start) throw badInput('end', 'end must be on or after start');
    const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
    if (days > MAX_CALENDAR_DAYS) throw badInput('end', `A calendar shows at most ${MAX_CALENDAR_DAYS} days; this range has ${days}`);
    const qb = ctx.em.getRepository(Campaign).createQueryBuilder('t');
    scopeQuery(ctx, qb, 't', this.access);
    const compiler = new FilterCompiler(this.list, 't');
    const cond = compiler.compile(filter, 'filter');
    if (cond) qb.andWhere(`(${cond})`, compiler.params);
    return qb
      .andWhere(`t."startDate" <= :__end AND (t."endDate" >= :__start OR (t."endDate" IS NULL AND t."startDate" >= :__start))`, { __start: start, __end: end })
      .orderBy('t.startDate', 'ASC')
      .addOrderBy('t.name', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(MAX_CALENDAR_CAMPAIGNS)
      .getMany();
  }

  /**
   * Locks a campaign of the caller's org for a write that depends on its member statuses:
   * `update` for status changes, `share` for member writes (they may run side by side).
   * Always taken before any status or member row, so these writes cannot deadlock.
   */
  async lock(ctx: RequestContext, id: string, mode: 'share' | 'update', field = 'campaignId'): Promise<Campaign> {
    const row = await ctx.em
      .getRepository(Campaign)
      .createQueryBuilder('t')
      .where('t.id = :id AND t."orgId" = :orgId', { id: assertId(id, field), orgId: ctx.orgId })
      .setLock(mode === 'share' ? 'pessimistic_read' : 'pessimistic_write')
      .getOne();
    if (!row) throw badInput(field, `${field}: no Campaign with id ${id}`);
    return row;
  }

  /** Locks the campaign's record type (for share) before the campaign row: see shareLockRecordType. */
  async loadForWrite(ctx: RequestContext, id: string, field = 'id'): Promise<Campaign> {
    const found = await ctx.em.findOne(Campaign, { where: { id: assertId(id, field), orgId: ctx.orgId }, select: { id: true, recordTypeId: true } });
    if (found?.recordTypeId) await shareLockRecordType(ctx, found.recordTypeId);
    return super.loadForWrite(ctx, id, field);
  }

  protected async applyInput(ctx: RequestContext, row: Campaign, input: Record<string, unknown>, isNew: boolean) {
    this.recordTypeBefore.set(row, isNew ? null : (row.recordTypeId ?? null));
    await super.applyInput(ctx, row, input, isNew);
  }

  protected async apply(ctx: RequestContext, row: Campaign, input: Record<string, unknown>, isNew: boolean) {
    for (const k of NOT_NULL) if (input[k] === null) throw badInput(k, `${k} cannot be blank`);
    if (!row.name?.trim()) throw badInput('name', 'name is required');
    row.name = row.name.trim();
    if (isNew) {
      row.ownerId ??= ctx.user.id;
      row.status ??= 'Planned';
      row.isActive ??= false;
    }
    // Only given values are checked, so records with older picklist values stay editable.
    if (input.type != null && !(CAMPAIGN_TYPES as readonly string[]).includes(input.type as string)) {
      throw badInput('type', `type must be one of: ${CAMPAIGN_TYPES.join(', ')}`);
    }
    if (input.status != null && !(CAMPAIGN_STATUSES as readonly string[]).includes(input.status as string)) {
      throw badInput('status', `status must be one of: ${CAMPAIGN_STATUSES.join(', ')}`);
    }
    if (row.startDate && row.endDate && row.endDate < row.startDate) {
      throw badInput(input.endDate !== undefined ? 'endDate' : 'startDate', 'endDate must be on or after startDate');
    }
    // Cycles in the hierarchy are refused by a database trigger (BAD_USER_INPUT, field parentId).
    if (typeof input.parentId === 'string') await this.reference(ctx, Campaign, input.parentId, 'parentId', 'org');
    // Custom values are checked against the record type on every write.
    await applyCustomFields(ctx, row, input, this.recordTypeBefore.get(row) ?? null);
  }

  protected async afterSave(ctx: RequestContext, row: Campaign, isNew: boolean) {
    if (!isNew) return;
    const statuses = defaultMemberStatuses(row.type).map(([label, hasResponded, isDefault], i) => ({
      orgId: row.orgId, campaignId: row.id, label, hasResponded, isDefault, sortOrder: i + 1,
    }));
    await ctx.em.insert(CampaignMemberStatus, statuses);
  }

  /** Members and statuses go with the campaign (FK cascade); child campaigns must be moved first. */
  protected async beforeDelete(ctx: RequestContext, row: Campaign) {
    if (await ctx.em.getRepository(Campaign).existsBy({ parentId: row.id })) {
      throw badInput('id', 'This campaign has child campaigns: move or delete them first');
    }
  }
}

export const campaignService = new CampaignService();
