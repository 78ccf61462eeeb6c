// 200 accounts: business accounts (some in two-level hierarchies) and ~10% person accounts.
import { Account } from '../accounts/account.entity';
import { ACCOUNT_SOURCES, ACCOUNT_TYPES, DIVISIONS, companyName, type Company } from './companies';
import { bulkInsert, type AccountRef, type Row, type SeedContext } from './context';
import { RATINGS, personName, slug } from './names';
import { COUNTRIES, COUNTRY_WEIGHTS, address, phone, type Address, type CountryCode } from './places';
import { roundTo, type Rng } from './random';
import { teamOf } from './seed-users';

const BUSINESS = 180;
const PARENTS = 12;
const CHILDREN_PER_PARENT = 2;
const PERSON = 20;

const DIVISION_COUNTRY: Record<string, CountryCode> = { Europe: 'GB', 'Asia Pacific': 'SG', 'North America': 'US', Japan: 'JP', Korea: 'KR' };

export async function seedAccounts(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('accounts');
  const { dateTime } = ctx.dates;
  const used = new Set<string>();
  const rows: Array<Row<Account>> = [];
  const owner = (code: CountryCode) => ctx.users[r.weighted(teamOf(COUNTRIES[code].region))].id;

  const business = (code: CountryCode, company: Company, addr: Address, parent?: Row<Account>) => {
    const employees = Math.round(r.logRange(8, 60_000));
    const createdDays = -r.int(240, 1100);
    const row: Row<Account> = {
      id: r.uuid(), orgId: ctx.orgId, ownerId: parent && r.chance(0.6) ? parent.ownerId : owner(code),
      name: company.name, isPersonAccount: false, firstName: null, lastName: null, personEmail: null, personMobilePhone: null,
      type: parent ? parent.type! : r.weighted(ACCOUNT_TYPES), industry: company.industry, rating: r.weighted(RATINGS),
      accountSource: r.pick(ACCOUNT_SOURCES),
      annualRevenue: roundTo(employees * r.logRange(60_000, 450_000), 10_000),
      numberOfEmployees: employees < 100 ? employees : roundTo(employees, 10),
      phone: phone(r, code), website: `https://www.${company.domain}`,
      description: r.chance(0.3) ? `${company.industry} company based in ${addr.city}.` : null,
      billingStreet: addr.street, billingCity: addr.city, billingState: addr.state, billingPostalCode: addr.postalCode, billingCountry: addr.country,
      parentId: parent ? parent.id! : null,
      createdDate: dateTime(createdDays, r.int(7, 18), r.int(0, 59)), lastModifiedDate: dateTime(r.int(createdDays, -1), r.int(7, 18), r.int(0, 59)),
    };
    rows.push(row);
    ctx.accounts.push(ref(row, code, employees, createdDays));
    return row;
  };

  // Independent business accounts; the largest Latin-named ones become parents.
  const bases = new Map<string, string>();
  for (let i = 0; i < BUSINESS - PARENTS * CHILDREN_PER_PARENT; i++) {
    const code = r.weighted(COUNTRY_WEIGHTS);
    const native = (code === 'KR' || code === 'CN') && r.chance(0.4);
    const addr = address(r, code, native);
    const company = companyName(r, code, used, native ? addr.city : undefined);
    bases.set(business(code, company, addr).id!, company.base);
  }
  const parents = rows.filter((a) => !/[^\x00-\u024f]/.test(a.name!))
    .sort((a, b) => b.numberOfEmployees! - a.numberOfEmployees! || a.name!.localeCompare(b.name!))
    .slice(0, PARENTS);
  for (const p of parents) {
    for (const division of r.sample(DIVISIONS, CHILDREN_PER_PARENT)) {
      const parentCountry = ctx.accounts.find((a) => a.id === p.id)!.code;
      const code = DIVISION_COUNTRY[division] ?? parentCountry;
      const name = `${bases.get(p.id!)} ${division}`;
      used.add(name);
      const company = { name, domain: `${slug(division)}.${p.website!.replace('https://www.', '')}`, industry: p.industry!, base: name };
      business(code, company, address(r, code), p);
    }
  }
  for (let i = 0; i < PERSON; i++) personAccount(r, ctx, rows, owner);
  await bulkInsert(ctx.em, Account, rows);
  return rows.length;
}

function personAccount(r: Rng, ctx: SeedContext, rows: Array<Row<Account>>, owner: (c: CountryCode) => string) {
  const { dateTime } = ctx.dates;
  const code = r.weighted<CountryCode>([['US', 8], ['GB', 3], ['DE', 2], ['KR', 4], ['CN', 3]]);
  const p = personName(r, code);
  const addr = address(r, code);
  const createdDays = -r.int(60, 700);
  const row: Row<Account> = {
    id: r.uuid(), orgId: ctx.orgId, ownerId: owner(code), name: `${p.firstName} ${p.lastName}`, isPersonAccount: true,
    firstName: p.firstName, lastName: p.lastName, personEmail: `${slug(p.firstName)}.${slug(p.lastName)}${r.int(1, 99)}@mail.example`,
    personMobilePhone: phone(r, code), type: r.weighted([['Customer - Direct', 6], ['Prospect', 4]]), industry: null,
    rating: r.weighted(RATINGS), accountSource: r.pick(ACCOUNT_SOURCES), annualRevenue: null, numberOfEmployees: null,
    phone: null, website: null, description: null,
    billingStreet: addr.street, billingCity: addr.city, billingState: addr.state, billingPostalCode: addr.postalCode, billingCountry: addr.country,
    parentId: null,
    createdDate: dateTime(createdDays, r.int(7, 18), r.int(0, 59)), lastModifiedDate: dateTime(r.int(createdDays, -1), r.int(7, 18), r.int(0, 59)),
  };
  rows.push(row);
  ctx.accounts.push(ref(row, code, 1, createdDays));
}

function ref(row: Row<Account>, code: CountryCode, employees: number, createdDays: number): AccountRef {
  return {
    id: row.id!, name: row.name!, ownerId: row.ownerId!, isPersonAccount: row.isPersonAccount!, type: row.type!, industry: row.industry ?? null,
    code, city: row.billingCity!, employees, createdDays, domain: row.website?.replace('https://www.', '') ?? 'mail.example', contacts: [],
    address: { street: row.billingStreet!, city: row.billingCity!, state: row.billingState ?? null, postalCode: row.billingPostalCode!, country: row.billingCountry! },
  };
}
