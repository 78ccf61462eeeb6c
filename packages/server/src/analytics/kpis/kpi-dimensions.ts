import { Account } from '../../accounts/account.entity';
import { Campaign } from '../../campaigns/campaign.entity';
import { CampaignMember } from '../../campaigns/campaign-member.entity';
import { User } from '../../identity/user.entity';
import { OpportunityStage } from '../../sales/opportunity-stage.entity';
import { scopeQuery } from '../../common/access';
import type { KpiGroup } from './kpi-engine';
import type { Dimensions } from './kpi-filter';

/** How each object meets the filter's owner, territory and campaign. */
export const DIMS = {
  opportunity: { owner: (a) => `${a}."ownerId"`, account: (a) => `${a}."accountId"`, campaign: (a, p) => `${a}."campaignId" = CAST(${p} AS uuid)` },
  lead: {
    owner: (a) => `${a}."ownerId"`,
    account: (a) => `${a}."convertedAccountId"`,
    campaign: (a, p) => `EXISTS (SELECT 1 FROM campaign_member kcm WHERE kcm."leadId" = ${a}.id AND kcm."campaignId" = CAST(${p} AS uuid))`,
  },
  case: { owner: (a) => `${a}."ownerId"`, account: (a) => `${a}."accountId"`, campaign: () => null },
  task: { owner: (a) => `${a}."ownerId"`, account: (a) => `${a}."accountId"`, campaign: (a, p) => `${a}."campaignId" = CAST(${p} AS uuid)` },
  // Members are read with their campaign (org-wide); owner means the campaign's owner.
  campaignMember: {
    owner: (a) => `(SELECT kc."ownerId" FROM campaign kc WHERE kc.id = ${a}."campaignId")`,
    account: () => null,
    campaign: (a, p) => `${a}."campaignId" = CAST(${p} AS uuid)`,
  },
} satisfies Record<string, Dimensions>;

/** A plain column of the base row. */
export const columnGroup = (column: string, order?: (a: string) => string): KpiGroup => ({
  expr: (a) => `${a}."${column}"`,
  order,
  match: (a, p) => `${a}."${column}" = ${p}`,
  matchNull: (a) => `${a}."${column}" IS NULL`,
  columns: [column],
});

/** The owner, labelled by name. */
export const ownerGroup = (join = 'ku'): KpiGroup => ({
  expr: (a) => `CAST(${a}."ownerId" AS text)`,
  label: () => `${join}.name`,
  order: () => `${join}.name`,
  join: (qb, a) => void qb.leftJoin(User, join, `${join}.id = ${a}."ownerId"`),
  match: (a, p) => `${a}."ownerId" = CAST(${p} AS uuid)`,
  matchNull: (a) => `${a}."ownerId" IS NULL`,
  isId: true,
  columns: ['ownerId'],
});

/** Primary Campaign Source of an opportunity (or any row with campaignId), labelled by the campaign's name. */
export const campaignGroup = (join = 'kc'): KpiGroup => ({
  expr: (a) => `CAST(${a}."campaignId" AS text)`,
  label: () => `${join}.name`,
  order: () => `${join}.name`,
  join: (qb, a) => void qb.leftJoin(Campaign, join, `${join}.id = ${a}."campaignId"`),
  match: (a, p) => `${a}."campaignId" = CAST(${p} AS uuid)`,
  matchNull: (a) => `${a}."campaignId" IS NULL`,
  isId: true,
});

/**
 * The opportunity's account. Its name is read after aggregating, for the returned points only,
 * and only for accounts the caller may see (scopeQuery); others keep their key, labelled blank.
 */
export const accountGroup = (): KpiGroup => ({
  expr: (a) => `${a}."accountId"`,
  match: (a, p) => `${a}."accountId" = CAST(${p} AS uuid)`,
  matchNull: (a) => `${a}."accountId" IS NULL`,
  isId: true,
  columns: ['accountId'],
  labels: async (ctx, ids) => {
    if (!ids.length) return new Map();
    const qb = scopeQuery(ctx, ctx.em.getRepository(Account).createQueryBuilder('kacc'), 'kacc', 'owner');
    const rows: Array<{ id: string; name: string }> = await qb.select(['kacc.id AS id', 'kacc.name AS name']).andWhere('kacc.id = ANY(:ids)', { ids }).getRawMany();
    return new Map(rows.map((r) => [r.id, r.name]));
  },
});

/** The campaigns a lead is a member of: one row per membership (only the filter's campaign, when it names one). */
export const leadCampaignGroup = (onlyFilterCampaign: boolean): KpiGroup => ({
  expr: () => `CAST(kcm."campaignId" AS text)`,
  label: () => `kc.name`,
  order: () => `kc.name`,
  join: (qb, a) => {
    qb.leftJoin(CampaignMember, 'kcm', `kcm."leadId" = ${a}.id${onlyFilterCampaign ? ` AND kcm."campaignId" = CAST(:k_campaign AS uuid)` : ''}`);
    qb.leftJoin(Campaign, 'kc', `kc.id = kcm."campaignId"`);
  },
  match: (a, p) => `EXISTS (SELECT 1 FROM campaign_member kcm WHERE kcm."leadId" = ${a}.id AND kcm."campaignId" = CAST(${p} AS uuid))`,
  matchNull: (a) => `NOT EXISTS (SELECT 1 FROM campaign_member kcm WHERE kcm."leadId" = ${a}.id)`,
  multiplies: true,
  isId: true,
});

/** stageName labelled and ordered as the org's path (OpportunityStage.sortOrder). */
export const stageGroup: KpiGroup = {
  expr: (a) => `${a}."stageName"`,
  label: (a) => `coalesce(ks."masterLabel", ${a}."stageName")`,
  order: () => `ks."sortOrder"`,
  join: (qb, a) => void qb.leftJoin(OpportunityStage, 'ks', `ks."orgId" = ${a}."orgId" AND ks."apiName" = ${a}."stageName"`),
  match: (a, p) => `${a}."stageName" = ${p}`,
  matchNull: (a) => `${a}."stageName" IS NULL`,
  columns: ['stageName', 'orgId'],
};
