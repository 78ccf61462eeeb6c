// 1,000 leads: mostly open, 15% converted into existing accounts and contacts.
import { Lead } from '../sales/lead.entity';
import { companyName } from './companies';
import { apportion, bulkInsert, type ContactRef, type Row, type SeedContext } from './context';
import { LEAD_SOURCES, LEAD_TITLES, RATINGS, personName, slug } from './names';
import { COUNTRIES, COUNTRY_WEIGHTS, address, phone, type CountryCode } from './places';
import { dateTime, isoDate, roundTo, type Rng } from './random';
import { teamOf } from './seed-users';

const LEADS = 1000;
/** Share per lead status; how long ago leads in it were created. */
const STATUS_MIX: Record<string, [number, number, number]> = {
  'Open - Not Contacted': [35, 0, 60],
  'Working - Contacted': [30, 5, 180],
  'Closed - Not Converted': [20, 60, 540],
  'Closed - Converted': [15, 0, 0],
};

export async function seedLeads(ctx: SeedContext, statuses: ReadonlyArray<{ apiName: string; isConverted: boolean }>): Promise<number> {
  const r = ctx.rng('leads');
  const counts = apportion(LEADS, statuses.map((s) => STATUS_MIX[s.apiName]?.[0] ?? 5));
  const plan = r.shuffle(statuses.flatMap((s, i) => Array.from({ length: counts[i] }, () => s)));
  const used = new Set(ctx.accounts.map((a) => a.name));
  const converting = r.sample(ctx.contacts, plan.filter((s) => s.isConverted).length);
  const oppsByAccount = new Map<string, string[]>();
  for (const o of ctx.opportunities) oppsByAccount.set(o.accountId, [...(oppsByAccount.get(o.accountId) ?? []), o.id]);

  const rows: Array<Row<Lead>> = plan.map((s) => {
    const row = s.isConverted ? converted(r, ctx, converting.pop()!, s.apiName, oppsByAccount) : open(r, ctx, s.apiName, used);
    ctx.leads.push({ id: row.id!, ownerId: row.ownerId!, createdDays: row.createdDays, convertedContactId: row.convertedContactId ?? null });
    const { createdDays, ...lead } = row;
    return lead;
  });
  await bulkInsert(ctx.em, Lead, rows);
  return rows.length;
}

type LeadDraft = Row<Lead> & { createdDays: number };

function open(r: Rng, ctx: SeedContext, status: string, used: Set<string>): LeadDraft {
  const code = r.weighted(COUNTRY_WEIGHTS);
  const native = (code === 'KR' || code === 'CN') && r.chance(0.4);
  const addr = address(r, code, native);
  const company = companyName(r, code, used, native ? addr.city : undefined);
  const p = personName(r, code);
  const [, from, to] = STATUS_MIX[status] ?? [0, 0, 365];
  const createdDays = -r.int(from, to);
  const employees = Math.round(r.logRange(5, 20_000));
  return {
    ...base(r, ctx, code, createdDays), salutation: p.salutation, firstName: p.firstName, lastName: p.lastName, name: `${p.firstName} ${p.lastName}`,
    company: company.name, title: r.pick(LEAD_TITLES), email: `${slug(p.firstName)}.${slug(p.lastName)}@${company.domain}`,
    phone: phone(r, code), mobilePhone: r.chance(0.5) ? phone(r, code) : null, status, industry: company.industry,
    annualRevenue: r.chance(0.6) ? roundTo(employees * r.logRange(60_000, 400_000), 10_000) : null,
    numberOfEmployees: r.chance(0.7) ? employees : null,
    street: addr.street, city: addr.city, state: addr.state, postalCode: addr.postalCode, country: addr.country,
    isConverted: false, convertedDate: null, convertedAccountId: null, convertedContactId: null, convertedOpportunityId: null,
  };
}

/** A lead already converted: it became this contact (at its account), sometimes with an opportunity. */
function converted(r: Rng, ctx: SeedContext, c: ContactRef, status: string, opps: Map<string, string[]>): LeadDraft {
  const a = ctx.accounts.find((x) => x.id === c.accountId)!;
  const createdDays = c.createdDays - r.int(3, 60);
  const accountOpps = opps.get(a.id) ?? [];
  const opportunityId = accountOpps.length && r.chance(0.6) ? accountOpps.shift()! : null;
  return {
    ...base(r, ctx, a.code, createdDays), ownerId: c.ownerId, salutation: c.salutation, firstName: c.firstName, lastName: c.lastName,
    name: `${c.firstName} ${c.lastName}`, company: a.name, title: c.title, email: c.email, phone: c.phone, mobilePhone: null, status,
    industry: a.industry, annualRevenue: null, numberOfEmployees: a.employees,
    street: a.address.street, city: a.address.city, state: a.address.state, postalCode: a.address.postalCode, country: a.address.country,
    isConverted: true, convertedDate: isoDate(c.createdDays), convertedAccountId: a.id, convertedContactId: c.id, convertedOpportunityId: opportunityId,
  };
}

function base(r: Rng, ctx: SeedContext, code: CountryCode, createdDays: number) {
  return {
    id: r.uuid(), orgId: ctx.orgId, ownerId: ctx.users[r.weighted(teamOf(COUNTRIES[code].region))].id, createdDays,
    leadSource: r.weighted(LEAD_SOURCES), rating: r.weighted(RATINGS),
    description: r.chance(0.1) ? r.pick(['Asked for pricing.', 'Downloaded the CRM buyer guide.', 'Visited the booth.', 'Requested a demo.']) : null,
    doNotCall: r.chance(0.03), hasOptedOutOfEmail: r.chance(0.06),
    createdDate: dateTime(createdDays, r.int(7, 18), r.int(0, 59)), lastModifiedDate: dateTime(r.int(createdDays, 0), r.int(7, 18), r.int(0, 59)),
  };
}
