import { randomUUID } from 'node:crypto';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Contact } from '../accounts/contact.entity';
import { contactList } from '../accounts/contact.types';
import { scopeQuery } from '../common/access';
import { badInput } from '../common/errors';
import { FilterCompiler } from '../common/list/compile-filter';
import type { ListDefinition } from '../common/list/define-list';
import { derivedUuidSql } from '../common/sql';
import { Lead } from '../sales/lead.entity';
import { leadList } from '../sales/lead.types';
import { campaignMemberStatusService as statuses, today, type ResolvedStatus } from './campaign-member-status.service';
import type { Campaign } from './campaign.entity';
import { skipMembersSql } from './campaign-member.service';
import { campaignService } from './campaign.service';

/** Where each kind of person lives and which filter input selects it. */
const KINDS = [
  { entity: Lead as ClassType, list: leadList as ListDefinition, column: 'leadId', field: 'leadFilter', extra: 'NOT p."isConverted"' },
  { entity: Contact as ClassType, list: contactList as ListDefinition, column: 'contactId', field: 'contactFilter', extra: null },
] as const;
type Kind = (typeof KINDS)[number];

export interface AddFromFilterInput {
  campaignId: string;
  leadFilter?: Record<string, unknown> | null;
  contactFilter?: Record<string, unknown> | null;
  status?: string | null;
}

export interface AddFromFilterResult {
  added: number;
  skipped: number;
  campaign: Campaign;
}

/**
 * "Add to campaign" from a list view: everyone the caller can see who matches the filter, in
 * one INSERT ... SELECT per kind, all or nothing. People who already are members are counted
 * as skipped; converted leads never match (their contact is the member).
 */
export class CampaignMemberFilterService {
  async addFromFilter(ctx: RequestContext, input: AddFromFilterInput): Promise<AddFromFilterResult> {
    const filters = { leadFilter: input.leadFilter, contactFilter: input.contactFilter };
    if (!filters.leadFilter && !filters.contactFilter) {
      throw badInput('leadFilter', 'Give leadFilter, contactFilter or both ({} matches everyone you can see)');
    }
    const counts = await ctx.transaction(async () => {
      await campaignService.lock(ctx, input.campaignId, 'share');
      const s = await statuses.resolve(ctx, input.campaignId, input.status);
      const total = { added: 0, skipped: 0 };
      for (const kind of KINDS) {
        const filter = filters[kind.field];
        if (!filter) continue;
        const r = await this.insertMatching(ctx, kind, input.campaignId, filter, s);
        total.added += r.added;
        total.skipped += r.matched - r.added;
      }
      return total;
    });
    return { ...counts, campaign: await campaignService.findOne(ctx, input.campaignId) };
  }

  /**
   * One statement: the visible, matching people (the list view's query) become members. People
   * who already are members are left out by the kind's one-membership unique index (ON CONFLICT
   * DO NOTHING with that index as the only arbiter: one index probe per row, whatever the plan);
   * a NOT EXISTS anti join is planned as a rescan of the campaign's members per person when
   * statistics lag a bulk load (seen with the 100,000-lead test: quadratic). Rows go in id
   * order (index locality); member ids are derived from one random seed per statement (derivedUuidSql),
   * not gen_random_uuid() per row.
   */
  private async insertMatching(ctx: RequestContext, kind: Kind, campaignId: string, filter: Record<string, unknown>, s: ResolvedStatus) {
    const qb = ctx.em.getRepository(kind.entity).createQueryBuilder('p').select('p.id', 'id');
    scopeQuery(ctx, qb, 'p', 'owner');
    if (kind.extra) qb.andWhere(kind.extra);
    const compiler = new FilterCompiler(kind.list, 'p', '__f');
    const cond = compiler.compile(filter, kind.field);
    if (cond) qb.andWhere(`(${cond})`, compiler.params);
    const [matchSql, matchParams] = qb.getQueryAndParameters();
    const p = (i: number) => `$${matchParams.length + i}`;
    const [r] = await ctx.em.query(
      `WITH matched AS (${matchSql}),
       ins AS (
         INSERT INTO campaign_member (id, "orgId", "campaignId", "${kind.column}", status, "hasResponded", "firstRespondedDate")
         SELECT ${derivedUuidSql(p(6), 'm.id')}, ${p(1)}::uuid, ${p(2)}::uuid, m.id, ${p(3)}, ${p(4)}::boolean, ${p(5)}::date FROM matched m
         ORDER BY m.id
         ${skipMembersSql(kind.column)}
         RETURNING 1)
       SELECT (SELECT count(*) FROM matched)::int AS matched, (SELECT count(*) FROM ins)::int AS added`,
      [...matchParams, ctx.orgId, campaignId, s.status, s.hasResponded, s.hasResponded ? today() : null, randomUUID()],
    );
    return r as { matched: number; added: number };
  }
}

export const campaignMemberFilterService = new CampaignMemberFilterService();
