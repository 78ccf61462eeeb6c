import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
});
afterAll(() => t?.stop());

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id name owner { id } } }`;

test('a rep creates an account they own and reads it back with its contacts', async () => {
  const { createAccount } = ok(await t.gql(CREATE, { input: { name: 'Globex', industry: 'Energy' } }, acme.tokens.rep1));
  expect(createAccount.owner.id).toBe(acme.users.rep1.id);
  ok(await t.gql(`mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { lastName: 'Simpson', firstName: 'Homer', accountId: createAccount.id } }, acme.tokens.rep1));
  const r = ok(await t.gql(`query($id: ID!) { account(id: $id) { name industry contacts(first: 5) { totalCount nodes { name account { name } } } } }`, { id: createAccount.id }, acme.tokens.rep1));
  expect(r.account).toEqual({ name: 'Globex', industry: 'Energy', contacts: { totalCount: 1, nodes: [{ name: 'Homer Simpson', account: { name: 'Globex' } }] } });
});

test('a person account derives its name', async () => {
  const r = ok(await t.gql(CREATE, { input: { isPersonAccount: true, firstName: 'Ada', lastName: 'Lovelace' } }, acme.tokens.rep2));
  expect(r.createAccount.name).toBe('Ada Lovelace');
});

test('an account cannot become its own ancestor', async () => {
  const a = ok(await t.gql(CREATE, { input: { name: 'Parent Co' } }, acme.tokens.admin)).createAccount;
  const b = ok(await t.gql(CREATE, { input: { name: 'Child Co', parentId: a.id } }, acme.tokens.admin)).createAccount;
  const r = await t.gql(`mutation($id: ID!, $p: ID!) { updateAccount(id: $id, input: { parentId: $p }) { id } }`, { id: a.id, p: b.id }, acme.tokens.admin);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
});

test('a person account keeps its own contact in step and joins campaigns through it', async () => {
  const created = ok(await t.gql(`mutation { createAccount(input: { isPersonAccount: true, firstName: "Min", lastName: "Park", personEmail: "min@park.example" }) { id personContact { id name email account { name } } } }`, {}, acme.tokens.rep1)).createAccount;
  expect(created.personContact).toMatchObject({ name: 'Min Park', email: 'min@park.example', account: { name: 'Min Park' } });
  const renamed = ok(await t.gql(`mutation($id: ID!) { updateAccount(id: $id, input: { lastName: "Kim" }) { personContact { id name } } }`, { id: created.id }, acme.tokens.rep1)).updateAccount;
  expect(renamed.personContact).toEqual({ id: created.personContact.id, name: 'Min Kim' });
  const campaign = ok(await t.gql(`mutation { createCampaign(input: { name: "Consumers" }) { id } }`, {}, acme.tokens.marketing)).createCampaign.id;
  const added = ok(await t.gql(`mutation($c: ID!, $k: [ID!]) { addCampaignMembers(input: { campaignId: $c, contactIds: $k }) { added } }`, { c: campaign, k: [created.personContact.id] }, acme.tokens.rep1));
  expect(added.addCampaignMembers.added).toBe(1);
  const members = ok(await t.gql(`query($c: ID!) { campaign(id: $c) { numberOfContacts members(first: 5) { nodes { name companyOrAccount } } } }`, { c: campaign }, acme.tokens.rep1)).campaign;
  expect(members).toEqual({ numberOfContacts: 1, members: { nodes: [{ name: 'Min Kim', companyOrAccount: 'Min Kim' }] } });
});

describe('the hierarchy cycle check on bulk writes', () => {
  const insertChildren = (parent: string, n: number) =>
    t.ds.query(
      `INSERT INTO account ("orgId", "ownerId", name, "parentId") SELECT $1, $2, 'Bulk child ' || g, $3 FROM generate_series(1, $4) g RETURNING id`,
      [acme.org.id, acme.users.admin.id, parent, n],
    );
  const root = async (name: string) =>
    (await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, $3) RETURNING id`, [acme.org.id, acme.users.admin.id, name]))[0].id as string;

  test('runs once per statement, not once per row', async () => {
    const parent = await root('Bulk parent');
    const calls = await t.ds.transaction(async (em) => {
      await em.query(`SET LOCAL track_functions = 'pl'`);
      await em.query(
        `INSERT INTO account ("orgId", "ownerId", name, "parentId") SELECT $1, $2, 'Counted child ' || g, $3 FROM generate_series(1, 300) g`,
        [acme.org.id, acme.users.admin.id, parent],
      );
      await em.query(`UPDATE account SET "parentId" = NULL WHERE name LIKE 'Counted child %' AND "orgId" = $1`, [acme.org.id]);
      const [r] = await em.query(`SELECT sum(pg_stat_get_xact_function_calls(oid))::int AS n FROM pg_proc WHERE proname LIKE 'crm_prevent_hierarchy_cycle%'`);
      return r.n as number;
    });
    expect(calls).toBe(2);
  });

  test('one statement may build a chain of new rows; a cycle inside one statement is refused', async () => {
    const [a, b, c] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000c'];
    await t.ds.query(
      `INSERT INTO account (id, "orgId", "ownerId", name, "parentId") VALUES ($1, $4, $5, 'Chain A', NULL), ($2, $4, $5, 'Chain B', $1), ($3, $4, $5, 'Chain C', $2)`,
      [a, b, c, acme.org.id, acme.users.admin.id],
    );
    const [{ depth }] = await t.ds.query(`WITH RECURSIVE up(id, d) AS (SELECT $1::uuid, 0 UNION SELECT x."parentId", d + 1 FROM account x JOIN up ON x.id = up.id WHERE x."parentId" IS NOT NULL) SELECT max(d) AS depth FROM up`, [c]);
    expect(depth).toBe(2);
    // A under C (its grandchild), in one statement with an innocent re-parent: nothing changes.
    const other = await root('Innocent');
    await expect(t.ds.query(`UPDATE account SET "parentId" = CASE id WHEN $1::uuid THEN $2::uuid ELSE $1::uuid END WHERE id IN ($1, $3)`, [a, c, other]))
      .rejects.toMatchObject({ message: 'The new parent is this record itself or one of its descendants', driverError: { code: 'CRM01', column: 'parentId' } });
    await expect(t.ds.query(`UPDATE account SET "parentId" = id WHERE id = $1`, [b])).rejects.toMatchObject({ message: 'A record cannot be its own parent' });
    const rows = await t.ds.query(`SELECT id, "parentId" FROM account WHERE id IN ($1, $2) ORDER BY name`, [a, other]);
    expect(rows).toEqual([{ id: a, parentId: null }, { id: other, parentId: null }]);
    expect((await insertChildren(c, 50)).length).toBe(50);
  });

  // Embedded PGlite has one connection: no second transaction to race with.
  (process.env.TEST_DATABASE_URL ? test : test.skip)('concurrent re-parents that would make a cycle together: the second one is refused', async () => {
    const x = await root('Race X');
    const y = await root('Race Y');
    const r1 = t.ds.createQueryRunner();
    const r2 = t.ds.createQueryRunner();
    try {
      await r1.startTransaction();
      await r2.startTransaction();
      await r1.query(`UPDATE account SET "parentId" = $2 WHERE id = $1`, [x, y]);
      // Waits for the first transaction's lock on the organisation's tree, then sees its change.
      const second = r2.query(`UPDATE account SET "parentId" = $2 WHERE id = $1`, [y, x]).then(() => 'written', (e: Error) => e.message);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await r1.commitTransaction();
      expect(await second).toBe('The new parent is this record itself or one of its descendants');
      await r2.rollbackTransaction();
    } finally {
      await r1.release();
      await r2.release();
    }
    const rows = await t.ds.query(`SELECT name, "parentId" FROM account WHERE id IN ($1, $2) ORDER BY name`, [x, y]);
    expect(rows).toEqual([{ name: 'Race X', parentId: y }, { name: 'Race Y', parentId: null }]);
  });
});
