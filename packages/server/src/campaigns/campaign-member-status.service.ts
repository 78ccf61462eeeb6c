import type { RequestContext } from '../api/request-context';
import { CrudService } from '../common/crud/crud-service';
import { assertId, badInput, conflict } from '../common/errors';
import { CampaignMemberStatus } from './campaign-member-status.entity';
import { campaignMemberStatusList } from './campaign-member-status.types';
import { campaignService } from './campaign.service';
import { CAMPAIGN_WRITE_ROLES } from './campaign.types';

export const MAX_STATUSES_PER_CAMPAIGN = 50;

/** Today as "YYYY-MM-DD" (UTC), the value of date fields such as firstRespondedDate. */
export const today = () => new Date().toISOString().slice(0, 10);

type Snapshot = Pick<CampaignMemberStatus, 'label' | 'hasResponded' | 'isDefault'>;

/** What a member gets for a requested status. */
export interface ResolvedStatus {
  status: string;
  hasResponded: boolean;
}

/**
 * A campaign's member-status picklist, with Salesforce's rules: unique labels, exactly one
 * default, at least one responded status, no deleting a status in use. Every write locks the
 * campaign first, so these per-campaign rules hold under concurrent writes.
 */
export class CampaignMemberStatusService extends CrudService<CampaignMemberStatus> {
  readonly entity = CampaignMemberStatus;
  readonly list = campaignMemberStatusList;
  readonly access = 'org' as const;
  readonly writeRoles = CAMPAIGN_WRITE_ROLES;
  private readonly before = new WeakMap<CampaignMemberStatus, Snapshot>();

  /** The statuses of a campaign in picklist order, batched over all campaigns of a request. */
  ofCampaign(ctx: RequestContext, campaignId: string): Promise<CampaignMemberStatus[]> {
    return ctx.loaders.listBy(CampaignMemberStatus, 'campaignId', ['sortOrder', 'label']).load(campaignId);
  }

  /**
   * The status a member gets (Salesforce): a label of the campaign (case-insensitive), else the
   * campaign's default; without a default the raw value is kept, not responded. Reads the
   * database directly, as it runs inside writes.
   */
  async resolve(ctx: RequestContext, campaignId: string, wanted: string | null | undefined): Promise<ResolvedStatus> {
    const statuses = await ctx.em.find(CampaignMemberStatus, { where: { campaignId, orgId: ctx.orgId } });
    const key = wanted?.trim().toLowerCase();
    const chosen = (key && statuses.find((s) => s.label.toLowerCase() === key)) || statuses.find((s) => s.isDefault);
    if (chosen) return { status: chosen.label, hasResponded: chosen.hasResponded };
    if (!key) throw badInput('status', 'The campaign has no default member status: give a status');
    return { status: wanted!.trim(), hasResponded: false };
  }

  /** Locks the status's campaign before the status row itself (see CampaignService.lock). */
  async loadForWrite(ctx: RequestContext, id: string, field = 'id'): Promise<CampaignMemberStatus> {
    const found = await ctx.em.findOne(CampaignMemberStatus, { where: { id: assertId(id, field), orgId: ctx.orgId }, select: { id: true, campaignId: true } });
    if (found) await campaignService.lock(ctx, found.campaignId, 'update');
    return super.loadForWrite(ctx, id, field);
  }

  protected async applyInput(ctx: RequestContext, row: CampaignMemberStatus, input: Record<string, unknown>, isNew: boolean) {
    this.before.set(row, { label: row.label, hasResponded: row.hasResponded, isDefault: row.isDefault });
    await super.applyInput(ctx, row, input, isNew);
  }

  protected async apply(ctx: RequestContext, row: CampaignMemberStatus, input: Record<string, unknown>, isNew: boolean) {
    for (const k of ['label', 'hasResponded', 'isDefault', 'sortOrder']) if (input[k] === null) throw badInput(k, `${k} cannot be blank`);
    if (isNew) await this.prepareNew(ctx, row);
    row.label = row.label.trim();
    if (!row.label) throw badInput('label', 'label cannot be blank');
    const was = this.before.get(row)!;
    if (isNew || row.label.toLowerCase() !== was.label.toLowerCase()) {
      const taken = await ctx.em
        .getRepository(CampaignMemberStatus)
        .createQueryBuilder('s')
        .where('s."campaignId" = :c AND lower(s.label) = lower(:label) AND s.id IS DISTINCT FROM :id', { c: row.campaignId, label: row.label, id: row.id ?? null })
        .getExists();
      if (taken) throw conflict('label', `This campaign already has a member status "${row.label}"`);
    }
    if (isNew) return;
    if (was.isDefault && !row.isDefault) {
      throw badInput('isDefault', 'A campaign needs exactly one default status: make another status the default instead');
    }
    if (was.hasResponded && !row.hasResponded && !(await this.otherResponded(ctx, row))) {
      throw badInput('hasResponded', 'A campaign needs at least one status that counts as responded');
    }
  }

  private async prepareNew(ctx: RequestContext, row: CampaignMemberStatus) {
    await campaignService.lock(ctx, row.campaignId, 'update');
    const [{ n, last }] = await ctx.em.query(
      `SELECT count(*)::int AS n, coalesce(max("sortOrder"), 0)::int AS last FROM campaign_member_status WHERE "campaignId" = $1`,
      [row.campaignId],
    );
    if (n >= MAX_STATUSES_PER_CAMPAIGN) throw badInput('campaignId', `A campaign has at most ${MAX_STATUSES_PER_CAMPAIGN} member statuses`);
    row.sortOrder ??= last + 1;
    row.hasResponded ??= false;
    row.isDefault ??= false;
    this.before.set(row, { label: '', hasResponded: false, isDefault: false });
  }

  private async otherResponded(ctx: RequestContext, row: CampaignMemberStatus): Promise<boolean> {
    return ctx.em
      .getRepository(CampaignMemberStatus)
      .createQueryBuilder('s')
      .where('s."campaignId" = :c AND s."hasResponded" AND s.id <> :id', { c: row.campaignId, id: row.id })
      .getExists();
  }

  protected async afterSave(ctx: RequestContext, row: CampaignMemberStatus, isNew: boolean) {
    const was = this.before.get(row)!;
    if (row.isDefault && !was.isDefault) {
      await ctx.em.query(
        `UPDATE campaign_member_status SET "isDefault" = false, "lastModifiedDate" = now() WHERE "campaignId" = $1 AND id <> $2 AND "isDefault"`,
        [row.campaignId, row.id],
      );
    }
    if (isNew || (was.label === row.label && was.hasResponded === row.hasResponded)) return;
    // Members follow their status: renamed and re-evaluated in one set-based statement.
    await ctx.em.query(
      `UPDATE campaign_member SET status = $3, "hasResponded" = $4, "lastModifiedDate" = now(),
         "firstRespondedDate" = CASE WHEN $4 AND "firstRespondedDate" IS NULL THEN $5::date ELSE "firstRespondedDate" END
       WHERE "campaignId" = $1 AND status = $2`,
      [row.campaignId, was.label, row.label, row.hasResponded, today()],
    );
  }

  protected async beforeDelete(ctx: RequestContext, row: CampaignMemberStatus) {
    if (row.isDefault) throw badInput('id', 'The default status cannot be deleted: make another status the default first');
    const [{ used }] = await ctx.em.query(`SELECT count(*)::int AS used FROM campaign_member WHERE "campaignId" = $1 AND status = $2`, [row.campaignId, row.label]);
    if (used) throw conflict('id', `${used} campaign member(s) have the status "${row.label}": change their status first`);
    if (row.hasResponded && !(await this.otherResponded(ctx, row))) {
      throw badInput('id', 'A campaign needs at least one status that counts as responded');
    }
  }
}

export const campaignMemberStatusService = new CampaignMemberStatusService();
