// 4,500 leads created over two years (working days, a spring high, growth). About a fifth were
// converted: most of them into a new-business opportunity on the day it was created (so the
// lead-to-opportunity KPIs have data), some into a contact only. The others are open or closed by age.
import { Lead } from '../sales/lead.entity';
import { companyName, type Company } from './companies';
import { bulkInsert, type AccountRef, type ContactRef, type OpportunityRef, type Row, type SeedContext } from './context';
import { LEAD_SOURCES, LEAD_TITLES, RATINGS, personName, slug } from './names';
import { COUNTRIES, COUNTRY_WEIGHTS, address, phone, type Address, type CountryCode } from './places';
import { roundTo, type Rng } from './random';
import { DaySampler, HISTORY_DAYS, WEEKDAY, logNormal, yearly } from './seasons';
import { teamOf } from './seed-users';

const LEADS = 4500;
/** Companies the open leads work at (several leads per company). */
const LEAD_COMPANIES = 600;
/** Converted without an opportunity (into a contact only). */
const CONTACT_ONLY = 250;
/** Leads created on the anchor day itself. */
const TODAY = 4;
/** Share of new-business opportunities that came from a converted lead. */
const FROM_LEAD = 0.45;
/** Statuses of unconverted leads by age in days: [up to age, [status, weight]...]. */
const BY_AGE: ReadonlyArray<readonly [number, ReadonlyArray<readonly [string, number]>]> = [
  [14, [['Open - Not Contacted', 70], ['Working - Contacted', 30]]],
  [60, [['Open - Not Contacted', 30], ['Working - Contacted', 50], ['Closed - Not Converted', 20]]],
  [180, [['Open - Not Contacted', 10], ['Working - Contacted', 30], ['Closed - Not Converted', 60]]],
  [Infinity, [['Working - Contacted', 8], ['Closed - Not Converted', 92]]],
];

interface LeadCompany { code: CountryCode; addr: Address; company: Company; employees: number }
type LeadDraft = Row<Lead> & { createdDays: number; convertedDays: number | null };

export async function seedLeads(ctx: SeedContext, statuses: ReadonlyArray<{ apiName: string; isConverted: boolean }>): Promise<number> {
  const { dates } = ctx;
  const r = ctx.rng('leads');
  const convertedStatus = statuses.find((s) => s.isConverted)!.apiName;
  const known = new Set(statuses.map((s) => s.apiName));
  const accountOf = new Map(ctx.accounts.map((a) => [a.id, a]));
  const contactOf = new Map(ctx.contacts.map((c) => [c.id, c]));
  const days = new DaySampler(-HISTORY_DAYS, 0, (d) => WEEKDAY[dates.weekday(d)] * (1 + (0.4 * (d + HISTORY_DAYS)) / HISTORY_DAYS) * yearly(dates, d, 100, 0.15));
  const toConvert = () => Math.round(Math.min(180, logNormal(r, 14, 0.9)));
  const drafts: LeadDraft[] = [];

  // Converted into a new-business opportunity (and its contact) on the day the deal was created.
  for (const o of ctx.opportunities) {
    const a = accountOf.get(o.accountId)!;
    if (!o.isNewBusiness || !o.leadSource || !a.contacts.length || !r.chance(FROM_LEAD)) continue;
    const c = (o.contactId && contactOf.get(o.contactId)) || r.pick(a.contacts);
    drafts.push(converted(r, ctx, a, c, convertedStatus, o.createdDays, o.createdDays - toConvert(), o));
  }
  // Converted into a contact only.
  for (const c of r.sample(ctx.contacts, CONTACT_ONLY)) {
    const day = days.draw(r);
    drafts.push(converted(r, ctx, accountOf.get(c.accountId)!, c, convertedStatus, day, day - toConvert(), null));
  }
  // The rest: open, being worked, or closed without a conversion, by age.
  const used = new Set(ctx.accounts.map((a) => a.name));
  const companies = Array.from({ length: LEAD_COMPANIES }, () => leadCompany(r, used));
  for (let today = TODAY; drafts.length < LEADS; today--) {
    // A few came in from the web this morning.
    const createdDays = today > 0 ? 0 : days.draw(r);
    const mix = BY_AGE.find(([age]) => -createdDays <= age)![1].filter(([s]) => known.has(s));
    drafts.push(open(r, ctx, r.pick(companies), r.weighted(mix), createdDays));
  }
  const rows = drafts.map(({ createdDays, convertedDays, ...lead }) => {
    ctx.leads.push({ id: lead.id!, ownerId: lead.ownerId!, createdDays, convertedContactId: lead.convertedContactId ?? null, convertedDays });
    return lead;
  });
  await bulkInsert(ctx.em, Lead, rows);
  return rows.length;
}

function leadCompany(r: Rng, used: Set<string>): LeadCompany {
  const code = r.weighted(COUNTRY_WEIGHTS);
  const native = (code === 'KR' || code === 'CN') && r.chance(0.4);
  const addr = address(r, code, native);
  return { code, addr, company: companyName(r, code, used, native ? addr.city : undefined), employees: Math.round(r.logRange(5, 20_000)) };
}

function open(r: Rng, ctx: SeedContext, { code, addr, company, employees }: LeadCompany, status: string, createdDays: number): LeadDraft {
  const p = personName(r, code);
  return {
    ...base(r, ctx, code, createdDays), salutation: p.salutation, firstName: p.firstName, lastName: p.lastName, name: `${p.firstName} ${p.lastName}`,
    company: company.name, title: r.pick(LEAD_TITLES), email: `${slug(p.firstName)}.${slug(p.lastName)}@${company.domain}`,
    phone: phone(r, code), mobilePhone: r.chance(0.5) ? phone(r, code) : null, status, industry: company.industry,
    annualRevenue: r.chance(0.6) ? roundTo(employees * r.logRange(60_000, 400_000), 10_000) : null,
    numberOfEmployees: r.chance(0.7) ? employees : null,
    street: addr.street, city: addr.city, state: addr.state, postalCode: addr.postalCode, country: addr.country,
    isConverted: false, convertedDate: null, convertedAccountId: null, convertedContactId: null, convertedOpportunityId: null, convertedDays: null,
  };
}

/** A lead converted on `day` into this contact at its account, and into the opportunity when there is one. */
function converted(r: Rng, ctx: SeedContext, a: AccountRef, c: ContactRef, status: string, day: number, createdDays: number, o: OpportunityRef | null): LeadDraft {
  const lead = base(r, ctx, a.code, Math.max(createdDays, -HISTORY_DAYS - 30), day);
  return {
    ...lead, ownerId: o?.ownerId ?? c.ownerId, leadSource: o?.leadSource ?? lead.leadSource, salutation: c.salutation, firstName: c.firstName, lastName: c.lastName,
    name: `${c.firstName} ${c.lastName}`, company: a.name, title: c.title, email: c.email, phone: c.phone, mobilePhone: null, status,
    industry: a.industry, annualRevenue: null, numberOfEmployees: a.employees,
    street: a.address.street, city: a.address.city, state: a.address.state, postalCode: a.address.postalCode, country: a.address.country,
    isConverted: true, convertedDate: ctx.dates.isoDate(day), convertedAccountId: a.id, convertedContactId: c.id, convertedOpportunityId: o?.id ?? null, convertedDays: day,
  };
}

function base(r: Rng, ctx: SeedContext, code: CountryCode, createdDays: number, lastDay = 0) {
  const { dateTime } = ctx.dates;
  const created = ctx.dates.beforeNow(dateTime(createdDays, r.int(7, 18), r.int(0, 59)));
  const modified = ctx.dates.beforeNow(dateTime(r.int(createdDays, Math.max(createdDays, lastDay)), r.int(7, 18), r.int(0, 59)));
  return {
    id: r.uuid(), orgId: ctx.orgId, ownerId: ctx.users[r.weighted(teamOf(COUNTRIES[code].region))].id, createdDays,
    leadSource: r.weighted(LEAD_SOURCES) as string | null, rating: r.weighted(RATINGS),
    description: r.chance(0.1) ? r.pick(['Asked for pricing.', 'Downloaded the CRM buyer guide.', 'Visited the booth.', 'Requested a demo.']) : null,
    doNotCall: r.chance(0.03), hasOptedOutOfEmail: r.chance(0.06),
    createdDate: created, lastModifiedDate: modified > created ? modified : created,
  };
}
