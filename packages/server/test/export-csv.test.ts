import { parse } from 'csv-parse/sync';
import { csvCell } from '../src/bulk/export-csv.service';
import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;

// Embedded PGlite (no TEST_DATABASE_URL) migrates slowly on a busy machine.
beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
}, 240_000);
afterAll(() => t?.stop(), 60_000);

const as = (who: string) => (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, acme.tokens[who]);
const EXPORT_OPPS = `query($f: OpportunityFilter, $o: [OpportunityOrderBy!], $c: [String!]) { exportOpportunitiesCsv(filter: $f, orderBy: $o, columns: $c) { csv rowCount truncated } }`;
const EXPORT_ACCS = `query($f: AccountFilter, $c: [String!]) { exportAccountsCsv(filter: $f, columns: $c) { csv rowCount truncated } }`;
const IMPORT = `mutation($i: ImportRecordsInput!) { importRecords(input: $i) { succeeded created updated errors { row field message } } }`;

describe('CSV export', () => {
  test('cells are RFC 4180 quoted and formula-safe', () => {
    expect(csvCell('plain', true)).toBe('plain');
    expect(csvCell('a,b', true)).toBe('"a,b"');
    expect(csvCell('say "hi"', true)).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', true)).toBe('"two\nlines"');
    expect(csvCell('=SUM(A1)', true)).toBe("'=SUM(A1)");
    expect(csvCell('+1', true)).toBe("'+1");
    expect(csvCell('-2', true)).toBe("'-2");
    expect(csvCell('@x', true)).toBe("'@x");
    expect(csvCell(-2, false)).toBe('-2');
    expect(csvCell(null, true)).toBe('');
    expect(csvCell(' pad', true)).toBe('" pad"');
  });

  test('opportunities with the list filter and order, references as names, scoped to what the caller sees', async () => {
    const [acc] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, '한국 "Trading", Ltd') RETURNING id`, [acme.org.id, acme.users.rep1.id]);
    const [hiddenAcc] = await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Secret Corp') RETURNING id`, [acme.org.id, acme.users.rep3.id]);
    await t.ds.query(
      `INSERT INTO opportunity ("orgId", "ownerId", "accountId", name, "stageName", "forecastCategoryName", amount, "closeDate", "nextStep", "isClosed") VALUES
       ($1, $2, $4, '=HYPERLINK("x")', 'Prospecting', 'Pipeline', 100, '2027-01-02', E'call\nthen, mail', false),
       ($1, $2, $5, '中文 商机', 'Prospecting', 'Pipeline', 200, '2027-01-01', NULL, false),
       ($1, $3, $4, 'Rep3 deal', 'Prospecting', 'Pipeline', 300, '2027-01-03', NULL, false),
       ($1, $2, NULL, 'Closed one', 'Closed Won', 'Closed', 400, '2027-01-04', NULL, true)`,
      [acme.org.id, acme.users.rep1.id, acme.users.rep3.id, acc.id, hiddenAcc.id],
    );
    const r = ok(
      await as('rep1')(EXPORT_OPPS, { f: { isClosed: { eq: false } }, o: [{ field: 'amount', direction: 'DESC' }], c: ['name', 'amount', 'closeDate', 'account.name', 'owner.name', 'nextStep'] }),
    ).exportOpportunitiesCsv;
    expect(r).toMatchObject({ rowCount: 2, truncated: false });
    expect(r.csv.startsWith('\uFEFF')).toBe(true);
    expect(r.csv).toBe(
      '\uFEFFname,amount,closeDate,account.name,owner.name,nextStep\r\n' +
        `中文 商机,200,2027-01-01,,${acme.users.rep1.name},\r\n` +
        `"'=HYPERLINK(""x"")",100,2027-01-02,"한국 ""Trading"", Ltd",${acme.users.rep1.name},"call\nthen, mail"\r\n`,
    );
    // The rep cannot see rep3's account: its name stays blank, as the account field resolves to null.
    const all = parse(ok(await as('admin')(EXPORT_OPPS, {})).exportOpportunitiesCsv.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(all).toHaveLength(4);
    expect(Object.keys(all[0])).toEqual(expect.arrayContaining(['id', 'name', 'stageName', 'externalId', 'account.name', 'owner.name', 'campaign.name', 'isWon', 'createdDate']));
    expect(all.find((x) => x.name === '中文 商机')!['account.name']).toBe('Secret Corp');

    const bad = await as('rep1')(EXPORT_OPPS, { c: ['name', 'password'] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns.1' });
  });

  test('an export re-imports as is: Korean and Chinese text round-trips', async () => {
    await t.ds.query(
      `INSERT INTO account ("orgId", "ownerId", name, "externalId", description, "billingCity") VALUES
       ($1, $2, '서울 상사', 'RT-1', E'줄 하나\n줄 둘, "인용"', '서울'), ($1, $2, '北京贸易', 'RT-2', '+86 电话', '北京')`,
      [acme.org.id, acme.users.rep1.id],
    );
    const columns = ['externalId', 'name', 'description', 'billingCity'];
    const out = ok(await as('rep1')(EXPORT_ACCS, { f: { name: { in: ['서울 상사', '北京贸易'] } }, c: columns })).exportAccountsCsv;
    expect(out.rowCount).toBe(2);
    await t.ds.query(`DELETE FROM account WHERE "externalId" IN ('RT-1', 'RT-2')`);
    const mapping = columns.map((c) => ({ column: c, field: c }));
    const r = ok(await as('rep1')(IMPORT, { i: { objectApiName: 'Account', csv: out.csv, mapping, matchBy: 'externalId' } })).importRecords;
    expect(r).toEqual({ succeeded: 2, created: 2, updated: 0, errors: [] });
    const rows = await t.ds.query(`SELECT "externalId", name, description, "billingCity" FROM account WHERE "externalId" LIKE 'RT-%' ORDER BY "externalId"`);
    // The formula guard's quote is part of the exported text: a spreadsheet shows it as text.
    expect(rows).toEqual([
      { externalId: 'RT-1', name: '서울 상사', description: '줄 하나\n줄 둘, "인용"', billingCity: '서울' },
      { externalId: 'RT-2', name: '北京贸易', description: "'+86 电话", billingCity: '北京' },
    ]);
  });
});
