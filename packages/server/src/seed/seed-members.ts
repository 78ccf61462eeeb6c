// 6,000 campaign members: leads and contacts, one membership per person per campaign.
import { CampaignMember } from '../campaigns/campaign-member.entity';
import { apportion, bulkInsert, type CampaignRef, type Row, type SeedContext } from './context';
import type { Rng } from './random';

const MEMBERS = 6000;
const TYPE_WEIGHT: Record<string, number> = { Email: 1.6, Webinar: 1.2, Conference: 1, 'Trade Show': 1, Other: 0.5 };

export async function seedMembers(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('members');
  const targets = ctx.campaigns.filter((c) => c.level > 1);
  const sizes = apportion(MEMBERS, targets.map((c) => (TYPE_WEIGHT[c.type] ?? 0.7) * (c.level === 2 ? 0.5 : 1)));
  const rows: Array<Row<CampaignMember>> = [];
  targets.forEach((c, i) => {
    // People who existed before the campaign ended: ~55% leads, the rest contacts.
    const leads = ctx.leads.filter((l) => l.createdDays <= c.endDays);
    const contacts = ctx.contacts.filter((k) => k.createdDays <= c.endDays);
    const seen = new Set<string>();
    const wantLeads = Math.round(sizes[i] * 0.55);
    const pool = [...r.sample(leads, wantLeads + 20).map((l) => ['lead', l] as const), ...r.sample(contacts, sizes[i]).map((k) => ['contact', k] as const)];
    let added = 0, addedLeads = 0;
    for (const [kind, p] of pool) {
      if (added === sizes[i]) break;
      if (kind === 'lead' && addedLeads === wantLeads) continue;
      // A converted lead's membership carries over to its contact (both ids set).
      const contactId = kind === 'contact' ? p.id : 'convertedContactId' in p ? p.convertedContactId : null;
      const key = contactId ?? p.id;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(member(r, ctx, c, kind === 'lead' ? p.id : null, contactId));
      added++;
      if (kind === 'lead') addedLeads++;
    }
  });
  await bulkInsert(ctx.em, CampaignMember, rows);
  return rows.length;
}

function member(r: Rng, ctx: SeedContext, c: CampaignRef, leadId: string | null, contactId: string | null): Row<CampaignMember> {
  const { dateTime, isoDate } = ctx.dates;
  // Planned campaigns have not reached anyone yet: members keep the default status.
  const [status, hasResponded] = c.status === 'Planned' ? c.statuses.find((s) => s[2])! : r.weighted(c.statuses.map((s) => [s, s[3]] as const));
  const added = Math.min(c.startDays - r.int(0, 21), 0);
  const lastDay = Math.max(c.startDays, Math.min(c.endDays + 14, 0));
  return {
    id: r.uuid(), orgId: ctx.orgId, campaignId: c.id, leadId, contactId, status, hasResponded,
    firstRespondedDate: hasResponded ? isoDate(r.int(Math.min(c.startDays, lastDay), lastDay)) : null,
    createdDate: dateTime(added, r.int(7, 18), r.int(0, 59)), lastModifiedDate: dateTime(hasResponded ? lastDay : added, r.int(7, 18), r.int(0, 59)),
  };
}
