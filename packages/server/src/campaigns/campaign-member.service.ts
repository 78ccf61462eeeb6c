import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { teamSubquery } from '../common/access';
import { CrudService } from '../common/crud/crud-service';
import { assertId, badInput, conflict, forbidden } from '../common/errors';
import { arrayLiteral, derivedUuidSql } from '../common/sql';
import { Lead } from '../sales/lead.entity';
import { campaignMemberStatusService as statuses, today, type ResolvedStatus } from './campaign-member-status.service';
import { CampaignMember } from './campaign-member.entity';
import { campaignMemberList } from './campaign-member.types';
import type { Campaign } from './campaign.entity';
import { campaignService } from './campaign.service';

/** A member is a lead or a contact: where each kind lives and how it is named in inputs. */
const KINDS = {
  lead: { label: 'Lead', table: 'lead', column: 'leadId', idsField: 'leadIds', extra: 'AND NOT p."isConverted"' },
  contact: { label: 'Contact', table: 'contact', column: 'contactId', idsField: 'contactIds', extra: '' },
} as const;

type Kind = (typeof KINDS)[keyof typeof KINDS];

/**
 * `ON CONFLICT` clause that skips people who already are members of the campaign: the kind's
 * one-membership unique index is the only arbiter (not the primary key too, as a bare ON
 * CONFLICT would make it: one index probe less per row).
 */
export function skipMembersSql(column: 'leadId' | 'contactId'): string {
  return column === 'leadId'
    ? `ON CONFLICT ("campaignId", "leadId") WHERE "leadId" IS NOT NULL AND "contactId" IS NULL DO NOTHING`
    : `ON CONFLICT ("campaignId", "contactId") WHERE "contactId" IS NOT NULL DO NOTHING`;
}

export interface AddMembersInput {
  campaignId: string;
  leadIds?: string[] | null;
  contactIds?: string[] | null;
  status?: string | null;
}

/**
 * Campaign members: visible with their campaign (org-wide); adding or changing one needs the
 * lead or contact to be visible to the caller. Status and response flags follow the campaign's
 * member statuses.
 */
export class CampaignMemberService extends CrudService<CampaignMember> {
  readonly entity = CampaignMember;
  readonly list = campaignMemberList;
  readonly access = 'org' as const;

  /** The member's person as the caller sees it (null if not visible); a converted lead's member is its contact. */
  person(ctx: RequestContext, m: CampaignMember): Promise<Lead | Contact | null> {
    return m.contactId ? ctx.loaders.byId(Contact, 'owner').load(m.contactId) : ctx.loaders.byId(Lead, 'owner').load(m.leadId!);
  }

  /** The lead's company or the contact's account name (Salesforce CompanyOrAccount). */
  async companyOrAccount(ctx: RequestContext, m: CampaignMember): Promise<string | null> {
    const p = await this.person(ctx, m);
    if (!p) return null;
    if (p instanceof Lead) return p.company;
    const account = p.accountId ? await ctx.loaders.byId(Account, 'owner').load(p.accountId) : null;
    return account?.name ?? null;
  }

  /** Locks the campaign (shared) before the member row, as status writes do (no deadlock). */
  async loadForWrite(ctx: RequestContext, id: string, field = 'id'): Promise<CampaignMember> {
    const found = await ctx.em.findOne(CampaignMember, { where: { id: assertId(id, field), orgId: ctx.orgId }, select: { id: true, campaignId: true } });
    if (found) await campaignService.lock(ctx, found.campaignId, 'share');
    const row = await super.loadForWrite(ctx, id, field);
    if (!(await this.person(ctx, row))) throw forbidden('You cannot change the campaign membership of a lead or contact you cannot see', { field });
    return row;
  }

  protected async apply(ctx: RequestContext, row: CampaignMember, input: Record<string, unknown>, isNew: boolean) {
    if (isNew) await this.checkNew(ctx, row);
    else if (input.status === undefined) return;
    this.setStatus(row, await statuses.resolve(ctx, row.campaignId, input.status as string | null));
  }

  private async checkNew(ctx: RequestContext, row: CampaignMember) {
    if (row.leadId && row.contactId) throw badInput('contactId', 'Give either leadId or contactId, not both');
    if (!row.leadId && !row.contactId) throw badInput('leadId', 'leadId or contactId is required');
    await campaignService.lock(ctx, row.campaignId, 'share');
    const kind = row.leadId ? KINDS.lead : KINDS.contact;
    const personId = (row.leadId ?? row.contactId)!;
    if (kind === KINDS.lead) {
      const lead = await this.reference(ctx, Lead, personId, 'leadId', 'owner');
      if (lead.isConverted) throw badInput('leadId', 'A converted lead cannot be added to a campaign: add its contact');
    } else {
      await this.reference(ctx, Contact, personId, 'contactId', 'owner');
    }
    // The unique indexes catch a concurrent duplicate; this names it first.
    const dup = await ctx.em.getRepository(CampaignMember).existsBy({ campaignId: row.campaignId, [kind.column]: personId });
    if (dup) throw conflict(kind.column, `This ${kind.label.toLowerCase()} is already a member of the campaign`);
  }

  private setStatus(row: CampaignMember, s: ResolvedStatus) {
    row.status = s.status;
    row.hasResponded = s.hasResponded;
    if (s.hasResponded && !row.firstRespondedDate) row.firstRespondedDate = today();
    row.firstRespondedDate ??= null;
  }

  /**
   * Adds many leads and contacts in one set-based INSERT ... SELECT per kind, all or nothing:
   * an id that is malformed, unknown, not visible (or a converted lead) is BAD_USER_INPUT, a
   * person who is already a member is CONFLICT; both name the first such id and insert nothing.
   * Ids are parsed, checked and de-duplicated by the database, not one by one in JS.
   */
  async addMany(ctx: RequestContext, input: AddMembersInput): Promise<{ added: number; skipped: number; campaign: Campaign }> {
    const added = await ctx.transaction(async () => {
      await campaignService.lock(ctx, input.campaignId, 'share');
      const s = await statuses.resolve(ctx, input.campaignId, input.status);
      let n = 0;
      if (input.leadIds?.length) n += await this.insertKind(ctx, KINDS.lead, input.campaignId, input.leadIds, s);
      if (input.contactIds?.length) n += await this.insertKind(ctx, KINDS.contact, input.campaignId, input.contactIds, s);
      return n;
    });
    return { added, skipped: 0, campaign: await campaignService.findOne(ctx, input.campaignId) };
  }

  /**
   * One statement inserts the eligible people. A plain INSERT, not ON CONFLICT DO NOTHING: a
   * duplicate is refused anyway, so the one-membership unique index checks it as part of the
   * insert, without the cost of speculative insertion. Fewer rows than ids means someone is
   * missing, invisible or converted (or an id is repeated, which is fine): a second statement
   * names the first one. A unique violation means someone already is a member: the savepoint is
   * rolled back and `refuse` names the first one. Either error rolls the whole transaction back.
   */
  private async insertKind(ctx: RequestContext, kind: Kind, campaignId: string, ids: string[], s: ResolvedStatus): Promise<number> {
    const params: unknown[] = [ctx.orgId, campaignId, idsLiteral(ids, kind.idsField), s.status, s.hasResponded, s.hasResponded ? today() : null, randomUUID()];
    if (!ctx.seesWholeOrg) params.push(ctx.user.id);
    await ctx.em.query(`SAVEPOINT ${SAVEPOINT}`);
    let r: { added: number; given: number };
    try {
      [r] = await ctx.em.query(
        `WITH ins AS (${this.insertSql(ctx, kind, false)} RETURNING 1)
         SELECT (SELECT count(*) FROM ins)::int AS added, cardinality($3::uuid[]) AS given`,
        params,
      );
    } catch (err) {
      const code = (err as { driverError?: { code?: string } }).driverError?.code;
      if (code === '22P02') throw badInput(kind.idsField, `${kind.idsField} is not a valid id`);
      if (code !== '23505') throw err;
      await ctx.em.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      return this.refuse(ctx, kind, params);
    }
    await ctx.em.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    if (r.added < r.given) await this.throwIfMissing(ctx, kind, params[2] as string);
    return r.added;
  }

  /**
   * After a unique violation: the insert again, skipping members, and the first id left out by
   * position (as min(position), so that the planner has no LIMIT to tempt it into a nested-loop
   * anti join). Someone missing is BAD_USER_INPUT first; else the first one left out already was
   * a member: CONFLICT. (No one left out: the member the first insert met was removed
   * meanwhile, and everyone is in.)
   */
  private async refuse(ctx: RequestContext, kind: Kind, params: unknown[]): Promise<number> {
    const [r] = await ctx.em.query(
      `WITH ins AS (${this.insertSql(ctx, kind, true)} RETURNING "${kind.column}" AS id)
       SELECT (SELECT count(*) FROM ins)::int AS added, ($3::uuid[])[(
         SELECT min(u.n) FROM unnest($3::uuid[]) WITH ORDINALITY AS u(id, n) LEFT JOIN ins ON ins.id = u.id WHERE ins.id IS NULL)] AS "leftOut"`,
      params,
    );
    if (!r.leftOut) return r.added;
    await this.throwIfMissing(ctx, kind, params[2] as string);
    throw conflict(kind.idsField, `${kind.label} ${r.leftOut} is already a member of this campaign`);
  }

  /**
   * INSERT ... SELECT of the eligible people among the ids ($3), without RETURNING, in
   * person-id order (index locality), with member ids derived from one random seed ($7).
   * Parameters: $1 org, $2 campaign, $3 ids, $4 status, $5 hasResponded, $6 firstRespondedDate,
   * $8 the caller (unless they see the whole org).
   */
  private insertSql(ctx: RequestContext, kind: Kind, skipMembers: boolean): string {
    return `INSERT INTO campaign_member (id, "orgId", "campaignId", "${kind.column}", status, "hasResponded", "firstRespondedDate")
      SELECT ${derivedUuidSql('$7', 'p.id')}, $1, $2, p.id, $4, $5, $6::date FROM "${kind.table}" p
      WHERE p.id = ANY($3::uuid[]) AND ${this.eligible(ctx, kind, '$8')}
      ORDER BY p.id
      ${skipMembers ? skipMembersSql(kind.column) : ''}`;
  }

  /** BAD_USER_INPUT for the first id (by position) that is missing, invisible or converted, if any. */
  private async throwIfMissing(ctx: RequestContext, kind: Kind, list: string): Promise<void> {
    const [missing] = await ctx.em.query(
      `SELECT ($2::uuid[])[min(u.n)] AS id FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, n)
       WHERE NOT EXISTS (SELECT 1 FROM "${kind.table}" p WHERE p.id = u.id AND ${this.eligible(ctx, kind, '$3')})`,
      ctx.seesWholeOrg ? [ctx.orgId, list] : [ctx.orgId, list, ctx.user.id],
    );
    if (!missing.id) return;
    const why = kind === KINDS.lead ? 'does not exist, is not visible to you, or is converted' : 'does not exist or is not visible to you';
    throw badInput(kind.idsField, `${kind.idsField}: ${kind.label} ${missing.id} ${why}`, { id: missing.id });
  }

  /** People of the kind the caller may add: in the org, visible (team of `userParam`), not converted. */
  private eligible(ctx: RequestContext, kind: Kind, userParam: string): string {
    const visible = ctx.seesWholeOrg ? '' : `AND p."ownerId" IN ${teamSubquery(userParam)}`;
    return `p."orgId" = $1 ${kind.extra} ${visible}`;
  }
}

const SAVEPOINT = 'campaign_members_add';

/** The ids as one array literal; malformed ids fail the `uuid[]` cast in SQL (22P02). */
function idsLiteral(ids: string[], field: string): string {
  const literal = arrayLiteral(ids);
  if (literal === null) throw badInput(field, `${field} is not a valid id`);
  return literal;
}


export const campaignMemberService = new CampaignMemberService();
