// 500 contacts over the business accounts; the first at each account is an executive the others report to.
// Plus each person account's own contact (seedPersonContacts).
import { Contact } from '../accounts/contact.entity';
import { derivedUuidSql } from '../common/sql';
import { apportion, bulkInsert, type ContactRef, type Row, type SeedContext } from './context';
import { EXEC_TITLES, LEAD_SOURCES, STAFF_TITLES, personName, slug } from './names';
import { phone } from './places';

const CONTACTS = 500;

export async function seedContacts(ctx: SeedContext): Promise<number> {
  const r = ctx.rng('contacts');
  const { dateTime, isoDate } = ctx.dates;
  const business = ctx.accounts.filter((a) => !a.isPersonAccount);
  // One contact per account, the rest by company size.
  const extra = apportion(CONTACTS - business.length, business.map((a) => Math.log10(a.employees + 10)));
  const rows: Array<Row<Contact>> = [];
  business.forEach((a, i) => {
    const emails = new Set<string>();
    let head: ContactRef | undefined;
    for (let k = 0; k <= extra[i]; k++) {
      const p = personName(r, a.code);
      let email = `${slug(p.firstName)}.${slug(p.lastName)}@${a.domain}`;
      for (let n = 2; emails.has(email); n++) email = `${slug(p.firstName)}.${slug(p.lastName)}${n}@${a.domain}`;
      emails.add(email);
      const [title, department] = k === 0 ? [r.pick(EXEC_TITLES), 'Executive'] : r.pick(STAFF_TITLES);
      const createdDays = Math.min(-1, a.createdDays + r.int(0, 90));
      const c: ContactRef = {
        id: r.uuid(), accountId: a.id, ownerId: a.ownerId, salutation: p.salutation, firstName: p.firstName, lastName: p.lastName,
        email, phone: phone(r, a.code), title, createdDays,
      };
      rows.push({
        id: c.id, orgId: ctx.orgId, ownerId: c.ownerId, salutation: c.salutation, firstName: c.firstName, lastName: c.lastName,
        name: `${c.firstName} ${c.lastName}`, title, department, email, phone: c.phone, mobilePhone: r.chance(0.6) ? phone(r, a.code) : null,
        leadSource: r.chance(0.8) ? r.weighted(LEAD_SOURCES) : null,
        mailingStreet: a.address.street, mailingCity: a.address.city, mailingState: a.address.state,
        mailingPostalCode: a.address.postalCode, mailingCountry: a.address.country,
        birthdate: r.chance(0.2) ? isoDate(-r.int(25 * 365, 62 * 365)) : null,
        description: r.chance(0.1) ? `Met at ${r.pick(['a trade show', 'a partner event', 'our user conference', 'a webinar'])}.` : null,
        doNotCall: r.chance(0.03), hasOptedOutOfEmail: r.chance(0.05),
        accountId: a.id, reportsToId: head && r.chance(0.7) ? head.id : null,
        createdDate: dateTime(createdDays, r.int(7, 18), r.int(0, 59)), lastModifiedDate: dateTime(r.int(createdDays, -1), r.int(7, 18), r.int(0, 59)),
      });
      head ??= c;
      a.contacts.push(c);
      ctx.contacts.push(c);
    }
  });
  await bulkInsert(ctx.em, Contact, rows);
  return rows.length;
}

/** Prefix of the md5 that derives a person contact's id from its account's id. */
const PERSON_CONTACT_ID_SEED = 'open-crm-demo-v1:person-contact:';

/**
 * Each person account's own contact (Salesforce PersonContactId) with the fields AccountService
 * keeps in step (name, email, mobile phone, owner, account), created and last modified with
 * its account, and linked back through account.personContactId: one set-based statement for
 * all of them. Ids are derived from the account id by md5 (in the version 4 format), so every
 * run is identical. They are not handed to later steps, which keep drawing from the business
 * contacts (so the rest of the demo data does not change).
 */
export async function seedPersonContacts(ctx: SeedContext): Promise<number> {
  const [{ n }] = (await ctx.em.query(
    `WITH person AS (
       INSERT INTO contact (id, "orgId", "ownerId", "firstName", "lastName", name, email, "mobilePhone", "accountId", "createdDate", "lastModifiedDate")
       SELECT ${derivedUuidSql('$2', 'a.id')}, a."orgId", a."ownerId",
         a."firstName", a."lastName", a.name, a."personEmail", a."personMobilePhone", a.id, a."createdDate", a."lastModifiedDate"
       FROM account a WHERE a."orgId" = $1 AND a."isPersonAccount" AND a."personContactId" IS NULL
       ORDER BY a.id
       RETURNING id, "accountId"),
     linked AS (UPDATE account a SET "personContactId" = person.id FROM person WHERE a.id = person."accountId" RETURNING 1)
     SELECT count(*)::int AS n FROM linked`,
    [ctx.orgId, PERSON_CONTACT_ID_SEED],
  )) as Array<{ n: number }>;
  return n;
}
