// 800 opportunities across every stage of the org; closed ones in the last 12 months, open ones mostly in the next 6.
import { Opportunity } from '../sales/opportunity.entity';
import { COMPETITORS, LOST_REASONS, NEXT_STEPS, PRODUCTS } from './companies';
import { apportion, bulkInsert, type AccountRef, type CampaignRef, type Row, type SeedContext, type StageRef } from './context';
import { LEAD_SOURCES } from './names';
import { dateTime, isoDate, roundTo, type Rng } from './random';

const OPPORTUNITIES = 800;
/** Share of opportunities per stage; stages not listed get 5. */
const STAGE_WEIGHTS: Record<string, number> = {
  Prospecting: 90, Qualification: 75, 'Needs Analysis': 65, 'Value Proposition': 60, 'Id. Decision Makers': 50,
  'Perception Analysis': 45, 'Proposal/Price Quote': 55, 'Negotiation/Review': 40, 'Closed Won': 180, 'Closed Lost': 140,
};

export async function seedOpportunities(ctx: SeedContext, stages: readonly StageRef[]): Promise<number> {
  const r = ctx.rng('opportunities');
  // A second stream, so that the competitors the validation rule needs leave the others' draws as they were.
  const rc = ctx.rng('opportunity-competitors');
  const proposal = stages.find((s) => s.apiName === 'Proposal/Price Quote')?.sortOrder ?? Infinity;
  const counts = apportion(OPPORTUNITIES, stages.map((s) => STAGE_WEIGHTS[s.apiName] ?? 5));
  const stageList = r.shuffle(stages.flatMap((s, i) => Array.from({ length: counts[i] }, () => s)));
  const accountWeights = ctx.accounts.map((a) => [a, a.isPersonAccount ? 0.3 : 1 + Math.log10(a.employees)] as const);
  const sourced = ctx.campaigns.filter((c) => c.level > 1 && c.status !== 'Planned');
  const rows: Array<Row<Opportunity>> = stageList.map((stage) => {
    const a = r.weighted(accountWeights);
    const closeDays = stage.isClosed ? -r.int(0, 365) : r.chance(0.88) ? r.int(1, 182) : -r.int(1, 45);
    const createdDays = Math.max(Math.min(closeDays, 0) - r.int(14, 200), a.createdDays);
    const existing = a.type.startsWith('Customer') && r.chance(0.8);
    // Competitor_Required_At_Proposal: a competitor from Proposal/Price Quote on, except Closed Lost.
    const competitor = (r.chance(0.6) ? r.pick(COMPETITORS) : null) ?? (stage.sortOrder >= proposal && stage.apiName !== 'Closed Lost' ? rc.pick(COMPETITORS) : null);
    const contact = a.contacts.length && r.chance(0.75) ? r.pick(a.contacts) : null;
    const campaign = r.chance(0.4) ? pickCampaign(r, sourced, createdDays) : null;
    const lastModified = stage.isClosed ? closeDays : r.int(createdDays, 0);
    const id = r.uuid();
    ctx.opportunities.push({ id, accountId: a.id, contactId: contact?.id ?? null, ownerId: a.ownerId, isClosed: stage.isClosed, createdDays, closeDays });
    return {
      id, orgId: ctx.orgId, ownerId: a.ownerId, name: opportunityName(r, a, existing), stageName: stage.apiName,
      amount: amount(r, a), closeDate: isoDate(closeDays), probability: stage.defaultProbability, forecastCategoryName: stage.forecastCategoryName,
      isClosed: stage.isClosed, isWon: stage.isWon, type: existing ? 'Existing Business' : 'New Business',
      leadSource: r.chance(0.85) ? r.weighted(LEAD_SOURCES) : null, competitor,
      lostReason: stage.isClosed && !stage.isWon ? lostReason(r, competitor) : null,
      nextStep: !stage.isClosed && r.chance(0.7) ? r.pick(NEXT_STEPS) : null,
      description: contact && r.chance(0.2) ? `Champion: ${contact.firstName} ${contact.lastName} (${contact.title}).` : null,
      accountId: a.id, contactId: contact?.id ?? null, campaignId: campaign?.id ?? null,
      createdDate: dateTime(createdDays, r.int(7, 18), r.int(0, 59)), lastModifiedDate: dateTime(lastModified, r.int(7, 18), r.int(0, 59)),
    };
  });
  await bulkInsert(ctx.em, Opportunity, rows);
  return rows.length;
}

/** A campaign that had started when the opportunity was created (or within a month after). */
function pickCampaign(r: Rng, campaigns: readonly CampaignRef[], createdDays: number) {
  const fits = campaigns.filter((c) => c.startDays <= createdDays + 30);
  return fits.length ? r.pick(fits) : null;
}

function opportunityName(r: Rng, a: AccountRef, existing: boolean): string {
  if (a.isPersonAccount) return `${a.name} - ${r.pick(['Personal License', 'Premium Subscription', 'Home Office Bundle'])}`;
  let product = r.pick(PRODUCTS);
  if (product === 'Enterprise Licenses') product = `Enterprise Licenses (${roundTo(r.logRange(20, 2000), 10)} seats)`;
  const suffix = existing ? r.pick(['Renewal', 'Expansion', 'Upgrade', '']) : '';
  return `${a.name} - ${product}${suffix && !product.includes(suffix) ? ` ${suffix}` : ''}`.slice(0, 120);
}

function amount(r: Rng, a: AccountRef): number {
  if (a.isPersonAccount) return roundTo(r.logRange(500, 15_000), 50);
  return roundTo(r.logRange(5_000, 150_000) * (0.5 + Math.log10(a.employees) / 3), 100);
}

function lostReason(r: Rng, competitor: string | null): string {
  if (competitor && r.chance(0.45)) return 'Lost to Competitor';
  return r.pick(LOST_REASONS.filter((x) => competitor || x !== 'Lost to Competitor'));
}
