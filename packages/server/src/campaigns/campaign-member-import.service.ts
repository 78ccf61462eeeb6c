import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Contact } from '../accounts/contact.entity';
import { scopeQuery } from '../common/access';
import { isId } from '../common/errors';
import { Lead } from '../sales/lead.entity';
import { CampaignMemberImportOutcome as Outcome, CampaignMemberImportResult, type CampaignMemberImportRow } from './campaign-member-bulk.types';
import { parseMemberCsv, type MemberCsvRow } from './campaign-member-csv';
import { CampaignMemberStatus } from './campaign-member-status.entity';
import { today, type ResolvedStatus } from './campaign-member-status.service';
import { CampaignMember } from './campaign-member.entity';
import { campaignService } from './campaign.service';

export interface ImportMembersInput {
  campaignId: string;
  csv: string;
  defaultStatus?: string | null;
}

/** A visible lead or contact the file refers to, with its membership of the campaign. */
interface Person {
  type: 'Lead' | 'Contact';
  id: string;
  email: string | null;
  converted: boolean;
  memberId: string | null;
  memberStatus: string | null;
}

type StatusFn = (wanted: string) => { resolved: ResolvedStatus; note: string | null };

interface Lookup {
  byId: Map<string, Person>;
  byEmail: Map<string, Person>;
  /** Row that first named each person ("Lead:<id>"). */
  seen: Map<string, number>;
}

/** A row's outcome and the write it needs. */
interface Planned {
  result: CampaignMemberImportRow;
  insert: (ResolvedStatus & { person: Person }) | null;
  update: (ResolvedStatus & { memberId: string }) | null;
}

// The membership join matches the one-membership unique indexes (a lead's own row has no contactId).
const KINDS = [
  { type: 'Lead', entity: Lead as ClassType, member: 'm."leadId" = p.id AND m."contactId" IS NULL', converted: 'p."isConverted"' },
  { type: 'Contact', entity: Contact as ClassType, member: 'm."contactId" = p.id', converted: 'false' },
] as const;

/**
 * Salesforce's data import wizard for campaign members: row by row (a bad row is reported, the
 * others import), but set-based: one lookup per kind, one INSERT for every new member and one
 * UPDATE for every changed status, in one transaction.
 */
export class CampaignMemberImportService {
  async import(ctx: RequestContext, input: ImportMembersInput): Promise<CampaignMemberImportResult> {
    const rows = parseMemberCsv(input.csv);
    const results = await ctx.transaction(async () => {
      await campaignService.lock(ctx, input.campaignId, 'share');
      const status = await this.statusResolver(ctx, input.campaignId);
      const people = await this.lookUp(ctx, input.campaignId, rows);
      const plan = rows.map((r) => this.planRow(r, people, status, input.defaultStatus));
      await this.write(ctx, input.campaignId, plan);
      return plan.map((p) => p.result);
    });
    const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
    return Object.assign(new CampaignMemberImportResult(), {
      campaign: await campaignService.findOne(ctx, input.campaignId),
      total: results.length,
      added: count(Outcome.ADDED),
      updated: count(Outcome.UPDATED),
      skipped: count(Outcome.SKIPPED),
      errors: count(Outcome.ERROR),
      allRows: results,
    });
  }

  /** The campaign's statuses, loaded once; the same rule as CampaignMemberStatusService.resolve. */
  private async statusResolver(ctx: RequestContext, campaignId: string): Promise<StatusFn> {
    const list = await ctx.em.find(CampaignMemberStatus, { where: { campaignId, orgId: ctx.orgId } });
    const byLabel = new Map(list.map((s) => [s.label.toLowerCase(), s]));
    const fallback = list.find((s) => s.isDefault);
    return (wanted) => {
      const chosen = byLabel.get(wanted.trim().toLowerCase());
      if (chosen) return { resolved: { status: chosen.label, hasResponded: chosen.hasResponded }, note: null };
      if (!fallback) return { resolved: { status: wanted.trim(), hasResponded: false }, note: null };
      return { resolved: { status: fallback.label, hasResponded: fallback.hasResponded }, note: `"${wanted}" is not a status of this campaign: used the default "${fallback.label}"` };
    };
  }

  /** Every lead and contact the file names (by id or email) that the caller can see: one query per kind. */
  private async lookUp(ctx: RequestContext, campaignId: string, rows: MemberCsvRow[]): Promise<Lookup> {
    const ids = [...new Set(rows.filter((r) => r.id && isId(r.id)).map((r) => r.id!.toLowerCase()))];
    const emails = [...new Set(rows.filter((r) => !r.id && r.email).map((r) => r.email!.toLowerCase()))];
    const byId = new Map<string, Person>();
    const byEmail = new Map<string, Person>();
    // Contacts first: an email matches a contact before a lead.
    for (const kind of [KINDS[1], KINDS[0]]) {
      const qb = ctx.em
        .getRepository(kind.entity)
        .createQueryBuilder('p')
        .select('p.id', 'id')
        .addSelect('lower(p.email)', 'email')
        .addSelect(kind.converted, 'converted')
        .addSelect('m.id', 'memberId')
        .addSelect('m.status', 'memberStatus')
        .leftJoin(CampaignMember, 'm', `m."campaignId" = :__campaignId AND ${kind.member}`, { __campaignId: campaignId })
        .where('(p.id = ANY(:__ids) OR lower(p.email) = ANY(:__emails))', { __ids: ids, __emails: emails })
        .orderBy('p.createdDate', 'ASC')
        .addOrderBy('p.id', 'ASC');
      scopeQuery(ctx, qb, 'p', 'owner');
      for (const raw of (await qb.getRawMany()) as Omit<Person, 'type'>[]) {
        const person: Person = { ...raw, type: kind.type };
        byId.set(person.id, person);
        // The oldest visible contact, else the oldest visible unconverted lead, owns an email.
        if (person.email && !person.converted && !byEmail.has(person.email)) byEmail.set(person.email, person);
      }
    }
    return { byId, byEmail, seen: new Map<string, number>() };
  }

  private planRow(r: MemberCsvRow, people: Lookup, status: StatusFn, defaultStatus?: string | null): Planned {
    const result: CampaignMemberImportRow = { row: r.row, email: r.email, id: r.id, type: null, outcome: Outcome.ERROR, memberId: null, message: null };
    const fail = (message: string): Planned => ({ result: { ...result, message }, insert: null, update: null });
    let person: Person | undefined;
    if (r.id) {
      if (!isId(r.id)) return fail(`"${r.id}" is not a valid id`);
      person = people.byId.get(r.id.toLowerCase());
      if (!person) return fail(`No lead or contact with id ${r.id} that you can see`);
      if (person.converted) return fail('This lead is converted: import its contact instead');
    } else if (r.email) {
      person = people.byEmail.get(r.email.toLowerCase());
      if (!person) return fail(`No contact or unconverted lead with email ${r.email} that you can see`);
    } else {
      return fail('The row has neither an email nor an id');
    }
    Object.assign(result, { id: person.id, type: person.type, memberId: person.memberId });
    const key = `${person.type}:${person.id}`;
    const earlier = people.seen.get(key);
    if (earlier !== undefined) return { result: { ...result, outcome: Outcome.SKIPPED, message: `Row ${earlier} already imports this ${person.type.toLowerCase()}` }, insert: null, update: null };
    people.seen.set(key, r.row);
    const wanted = r.status ?? defaultStatus?.trim() ?? '';
    const { resolved, note } = status(wanted);
    if (person.memberId) {
      if (!wanted || resolved.status === person.memberStatus) {
        return { result: { ...result, outcome: Outcome.SKIPPED, message: note ?? `Already a member with status "${person.memberStatus}"` }, insert: null, update: null };
      }
      return { result: { ...result, outcome: Outcome.UPDATED, message: note }, insert: null, update: { memberId: person.memberId, ...resolved } };
    }
    return { result: { ...result, outcome: Outcome.ADDED, message: note }, insert: { person, ...resolved }, update: null };
  }

  /** One INSERT for all new members and one UPDATE for all status changes. */
  private async write(ctx: RequestContext, campaignId: string, plan: Planned[]) {
    const inserts = plan.filter((p) => p.insert);
    if (inserts.length) {
      const ins = inserts.map((p) => p.insert!);
      const created: Array<{ id: string; leadId: string | null; contactId: string | null }> = await ctx.em.query(
        `WITH ins AS (
           INSERT INTO campaign_member ("orgId", "campaignId", "leadId", "contactId", status, "hasResponded", "firstRespondedDate")
           SELECT $1, $2, u.lead_id, u.contact_id, u.status, u.responded, CASE WHEN u.responded THEN $3::date END
           FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::boolean[]) AS u(lead_id, contact_id, status, responded)
           ORDER BY coalesce(u.contact_id, u.lead_id)
           ON CONFLICT DO NOTHING
           RETURNING id, "leadId", "contactId")
         SELECT * FROM ins`,
        [
          ctx.orgId, campaignId, today(),
          ins.map((i) => (i.person.type === 'Lead' ? i.person.id : null)),
          ins.map((i) => (i.person.type === 'Contact' ? i.person.id : null)),
          ins.map((i) => i.status),
          ins.map((i) => i.hasResponded),
        ],
      );
      const memberOf = new Map(created.map((c) => [c.contactId ?? c.leadId, c.id]));
      for (const p of inserts) {
        p.result.memberId = memberOf.get(p.insert!.person.id) ?? null;
        // Added by someone else between the lookup and the insert.
        if (!p.result.memberId) Object.assign(p.result, { outcome: Outcome.SKIPPED, message: 'Already a member' });
      }
    }
    const updates = plan.filter((p) => p.update).map((p) => p.update!);
    if (updates.length) {
      await ctx.em.query(
        `WITH upd AS (
           UPDATE campaign_member m SET status = u.status, "hasResponded" = u.responded, "lastModifiedDate" = now(),
             "firstRespondedDate" = CASE WHEN u.responded AND m."firstRespondedDate" IS NULL THEN $2::date ELSE m."firstRespondedDate" END
           FROM unnest($3::uuid[], $4::text[], $5::boolean[]) AS u(id, status, responded)
           WHERE m.id = u.id AND m."campaignId" = $1
           RETURNING m.id)
         SELECT count(*)::int AS n FROM upd`,
        [campaignId, today(), updates.map((u) => u.memberId), updates.map((u) => u.status), updates.map((u) => u.hasResponded)],
      );
    }
  }
}

export const campaignMemberImportService = new CampaignMemberImportService();
