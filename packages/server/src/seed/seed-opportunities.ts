// 3,000 opportunities created over two years (weekdays, a spring high, a December low, growth),
// each moved through the stages to its outcome; won deals bunch at quarter ends. Their field
// history (stage, forecast category, amount, pushed close dates) is in opportunity-history.ts.
import { Opportunity } from '../sales/opportunity.entity';
import { COMPETITORS, LOST_REASONS, NEXT_STEPS, PRODUCTS } from './companies';
import { bulkInsert, type AccountRef, type CampaignRef, type Row, type SeedContext, type StageRef } from './context';
import { LEAD_SOURCES } from './names';
import { insertHistory, planJourney, type PlannedJourney } from './opportunity-history';
import { roundTo, type Rng } from './random';
import { DaySampler, HISTORY_DAYS, WEEKDAY, logNormal, onWorkday, toQuarterEnd, yearly } from './seasons';

const OPPORTUNITIES = 3000;
/** Created on the anchor day itself (the first ones). */
const TODAY = 3;

export async function seedOpportunities(ctx: SeedContext, stages: readonly StageRef[]): Promise<{ opportunities: number; history: number }> {
  const { dates } = ctx;
  const r = ctx.rng('opportunities');
  // A second stream, so that the competitors the validation rule needs leave the others' draws as they were.
  const rc = ctx.rng('opportunity-competitors');
  const rh = ctx.rng('opportunity-history');
  const open = stages.filter((s) => !s.isClosed);
  const won = stages.find((s) => s.isWon)!;
  const lost = stages.find((s) => s.isClosed && !s.isWon)!;
  const proposal = stages.find((s) => s.apiName === 'Proposal/Price Quote')?.sortOrder ?? Infinity;
  const sourced = ctx.campaigns.filter((c) => c.level > 1 && c.status !== 'Planned');
  // Created on working days, 30% more in the second year, more in spring, fewer at Christmas and in August.
  const created = new DaySampler(-HISTORY_DAYS, 0, (d) => {
    const date = dates.isoDate(d);
    const holiday = date.slice(5) >= '12-22' || date.slice(5) <= '01-03' ? 0.35 : date.slice(5, 7) === '08' ? 0.75 : 1;
    return WEEKDAY[dates.weekday(d)] * (1 + (0.3 * (d + HISTORY_DAYS)) / HISTORY_DAYS) * yearly(dates, d, 75, 0.12) * holiday;
  });
  const journeys: PlannedJourney[] = [];
  const rows: Array<Row<Opportunity>> = Array.from({ length: OPPORTUNITIES }, (_, i) => {
    const createdDays = i < TODAY ? 0 : created.draw(r);
    const a = r.weighted(ctx.accounts.map((x) => [x, x.createdDays > createdDays ? 0 : x.isPersonAccount ? 0.3 : 1 + Math.log10(x.employees)] as const));
    const existing = a.type.startsWith('Customer') && r.chance(0.8);
    const cycle = Math.round(Math.min(365, Math.max(7, logNormal(r, existing ? 50 : 80, 0.7))));
    const wins = r.chance(existing ? 0.55 : 0.36);
    const toQuarter = toQuarterEnd(dates, createdDays + cycle);
    // The quarter-end push: many deals due in a quarter's last weeks close on its last days.
    const snap = wins && toQuarter <= 30 && r.chance(0.6) ? toQuarter - r.int(0, 2) : 0;
    const outcomeDays = onWorkday(r, dates, createdDays + Math.max(1, wins ? cycle + snap : Math.round(cycle * 0.75)), createdDays + 1, Infinity);
    const stale = r.chance(0.1);
    let stage: StageRef, closeDays: number, reached: number;
    if (outcomeDays < 0) {
      stage = wins ? won : lost;
      closeDays = outcomeDays;
      reached = wins ? open.length - 1 : Math.min(open.length - 1, Math.floor(r.next() * r.next() * open.length));
    } else {
      reached = Math.min(open.length - 1, Math.floor((-createdDays / (outcomeDays - createdDays)) * open.length));
      stage = open[reached];
      // Some open deals are past their close date (Clean Your Room finds them).
      closeDays = stale && createdDays < -45 ? -r.int(1, Math.min(45, -createdDays - 30)) : outcomeDays;
    }
    // Competitor_Required_At_Proposal: a competitor from Proposal/Price Quote on, except Closed Lost.
    const competitor = (r.chance(0.6) ? r.pick(COMPETITORS) : null) ?? (stage.sortOrder >= proposal && stage !== lost ? rc.pick(COMPETITORS) : null);
    const contact = a.contacts.length && r.chance(0.75) ? r.pick(a.contacts) : null;
    const campaign = r.chance(0.4) ? pickCampaign(r, sourced, createdDays) : null;
    const id = r.uuid();
    const amountNow = amount(r, a);
    const leadSource = r.chance(0.85) ? r.weighted(LEAD_SOURCES) : null;
    const journey = planJourney(rh, ctx, { id, ownerId: a.ownerId, createdDays, closeDays, stage, path: open.slice(0, reached + 1), amount: amountNow });
    journeys.push(journey);
    ctx.opportunities.push({
      id, accountId: a.id, contactId: contact?.id ?? null, ownerId: a.ownerId, isClosed: stage.isClosed, isWon: stage.isWon, createdDays, closeDays,
      isNewBusiness: !existing, leadSource,
    });
    return {
      id, orgId: ctx.orgId, ownerId: a.ownerId, name: opportunityName(r, a, existing), stageName: stage.apiName,
      amount: amountNow, closeDate: dates.isoDate(closeDays), probability: stage.defaultProbability, forecastCategoryName: stage.forecastCategoryName,
      isClosed: stage.isClosed, isWon: stage.isWon, type: existing ? 'Existing Business' : 'New Business',
      leadSource, competitor, lostReason: stage === lost ? lostReason(r, competitor) : null,
      nextStep: !stage.isClosed && r.chance(0.7) ? r.pick(NEXT_STEPS) : null,
      description: contact && r.chance(0.2) ? `Champion: ${contact.firstName} ${contact.lastName} (${contact.title}).` : null,
      accountId: a.id, contactId: contact?.id ?? null, campaignId: campaign?.id ?? null,
      createdDate: journey.createdAt, lastModifiedDate: journey.lastModified,
    };
  });
  await bulkInsert(ctx.em, Opportunity, rows);
  return { opportunities: rows.length, history: await insertHistory(ctx, journeys) };
}

/** A campaign that had started when the opportunity was created (or within a month after). */
function pickCampaign(r: Rng, campaigns: readonly CampaignRef[], createdDays: number) {
  const fits = campaigns.filter((c) => c.startDays <= createdDays + 30 && c.endDays >= createdDays - 60);
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
