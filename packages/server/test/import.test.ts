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
const IMPORT = `mutation($i: ImportRecordsInput!) { importRecords(input: $i) { total succeeded failed created updated nothingWritten dryRun errors { row id field code message } } }`;
const PREVIEW = `query($o: BulkObjectApiName!, $csv: String!) { importPreview(objectApiName: $o, csv: $csv) { headers rows rowCount mapping { column field } fields errors { row message } } }`;
const count = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0].n);
const map = (pairs: Record<string, string>) => Object.entries(pairs).map(([column, field]) => ({ column, field }));
const imp = (who: string, i: Record<string, unknown>) => as(who)(IMPORT, { i });

describe('importRecords', () => {
  test('accounts with Korean and Chinese names, BOM, quoted commas and line breaks; parents by name and external id', async () => {
    const csv =
      '\uFEFF계정명,External Id,Industry,Description,Parent\r\n' +
      '삼성전자,KR-1,Electronics,"Seoul, Korea",\r\n' +
      '华为技术,CN-1,Telecom,"深圳\n广东",삼성전자\r\n' +
      'Acme "Quotes",US-1,,"He said ""hi""",KR-1\r\n';
    const preview = ok(await as('rep1')(PREVIEW, { o: 'Account', csv })).importPreview;
    expect(preview).toMatchObject({
      headers: ['계정명', 'External Id', 'Industry', 'Description', 'Parent'],
      rowCount: 3,
      mapping: [
        { column: '계정명', field: 'name' }, { column: 'External Id', field: 'externalId' }, { column: 'Industry', field: 'industry' },
        { column: 'Description', field: 'description' }, { column: 'Parent', field: 'parent.name' },
      ],
      errors: [],
    });
    expect(preview.rows[1]).toEqual(['华为技术', 'CN-1', 'Telecom', '深圳\n广东', '삼성전자']);
    // Parents must exist before the import (same-file parents are not resolved): first the roots.
    const roots = ok(await imp('rep1', { objectApiName: 'Account', csv: csv.split('\r\n').slice(0, 2).join('\r\n'), mapping: preview.mapping.slice(0, 4), matchBy: 'externalId' })).importRecords;
    expect(roots).toMatchObject({ total: 1, succeeded: 1, created: 1, errors: [] });
    const mapping = [...preview.mapping.slice(0, 4), { column: 'Parent', field: 'parent.name' }];
    const r = ok(await imp('rep1', { objectApiName: 'Account', csv, mapping, matchBy: 'externalId', mode: 'PER_ROW' })).importRecords;
    // Row 4 names its parent "KR-1" by name: no account is named so.
    expect(r).toMatchObject({ total: 3, succeeded: 2, created: 1, updated: 1 });
    expect(r.errors).toEqual([{ row: 4, id: null, field: 'parent.name', code: 'BAD_USER_INPUT', message: 'No Account you can see with name "KR-1"' }]);
    const ext = ok(await imp('rep1', { objectApiName: 'Account', csv, mapping: [...preview.mapping.slice(0, 4), { column: 'Parent', field: 'parent.externalId' }], matchBy: 'externalId', mode: 'PER_ROW' })).importRecords;
    expect(ext.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[3, 'parent.externalId']]);
    const rows = await t.ds.query(`SELECT a.name, a."externalId", a.description, p.name parent, a."ownerId" FROM account a LEFT JOIN account p ON p.id = a."parentId" WHERE a."orgId" = $1 ORDER BY a."externalId"`, [acme.org.id]);
    expect(rows).toEqual([
      { name: '华为技术', externalId: 'CN-1', description: '深圳\n广东', parent: '삼성전자', ownerId: acme.users.rep1.id },
      { name: '삼성전자', externalId: 'KR-1', description: 'Seoul, Korea', parent: null, ownerId: acme.users.rep1.id },
      { name: 'Acme "Quotes"', externalId: 'US-1', description: 'He said "hi"', parent: '삼성전자', ownerId: acme.users.rep1.id },
    ]);
  });

  test('contacts matched by email update instead of duplicating; the account by name', async () => {
    await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name) VALUES ($1, $2, 'Globex')`, [acme.org.id, acme.users.rep1.id]);
    await t.ds.query(`INSERT INTO contact ("orgId", "ownerId", "lastName", name, email, title) VALUES ($1, $2, 'Kim', 'Kim', 'Kim@Example.test', 'CTO')`, [acme.org.id, acme.users.rep1.id]);
    const csv = 'Email,Last Name,First Name,Account,Phone\nkim@example.TEST,김,민준,globex,010-1234\nlee@example.test,李,娜,Globex,\nlee2@example.test,Park,,Nope Inc,\n';
    const mapping = map({ Email: 'email', 'Last Name': 'lastName', 'First Name': 'firstName', Account: 'account.name', Phone: 'phone' });
    const aon = ok(await imp('rep1', { objectApiName: 'Contact', csv, mapping, matchBy: 'email' })).importRecords;
    expect(aon).toMatchObject({ total: 3, succeeded: 0, failed: 1, nothingWritten: true, errors: [{ row: 4, field: 'account.name', code: 'BAD_USER_INPUT', message: 'No Account you can see with name "Nope Inc"' }] });
    expect(await count(`SELECT count(*) n FROM contact WHERE "orgId" = $1`, [acme.org.id])).toBe(1);
    const r = ok(await imp('rep1', { objectApiName: 'Contact', csv, mapping, matchBy: 'email', mode: 'PER_ROW' })).importRecords;
    expect(r).toMatchObject({ total: 3, succeeded: 2, created: 1, updated: 1, failed: 1 });
    const rows = await t.ds.query(`SELECT c.name, c.email, c.title, c.phone, a.name account FROM contact c LEFT JOIN account a ON a.id = c."accountId" WHERE c."orgId" = $1 ORDER BY c.email`, [acme.org.id]);
    expect(rows).toEqual([
      { name: '민준 김', email: 'Kim@Example.test', title: 'CTO', phone: '010-1234', account: 'Globex' },
      { name: '娜 李', email: 'lee@example.test', title: null, phone: null, account: 'Globex' },
    ]);
  });

  test('opportunities: account by external id, owner by email; rules, invalid values, dry run, visibility of matches', async () => {
    await t.ds.query(`INSERT INTO account ("orgId", "ownerId", name, "externalId") VALUES ($1, $2, 'Initech', 'IN-1')`, [acme.org.id, acme.users.rep1.id]);
    await t.ds.query(
      `INSERT INTO opportunity ("orgId", "ownerId", name, "stageName", "forecastCategoryName", "closeDate", "externalId") VALUES ($1, $2, 'Hidden', 'Prospecting', 'Pipeline', '2027-01-01', 'OP-X')`,
      [acme.org.id, acme.users.rep3.id],
    );
    const csv = [
      'Name,Stage,Close Date,Amount,Account Ext,Owner Email,Ext',
      `Deal 1,Prospecting,2027-03-01,"12,000",IN-1,${acme.users.rep2.email},OP-1`,
      `Deal 2,Proposal/Price Quote,2027-03-02,500,IN-1,,OP-2`,
      `Deal 3,Prospecting,2027-02-30,x,IN-1,,OP-3`,
      `Deal 4,Prospecting,2027-03-04,1,IN-1,${acme.users.rep3.email},OP-4`,
      `Deal 5,Prospecting,2027-03-05,1,IN-1,,OP-X`,
      `Deal 6,Prospecting,2027-03-06,1,IN-1,,OP-1`,
    ].join('\n');
    const mapping = map({ Name: 'name', Stage: 'stageName', 'Close Date': 'closeDate', Amount: 'amount', 'Account Ext': 'account.externalId', 'Owner Email': 'owner.email', Ext: 'externalId' });
    const r = ok(await imp('manager', { objectApiName: 'Opportunity', csv, mapping, matchBy: 'externalId', mode: 'PER_ROW', dryRun: true })).importRecords;
    expect(r.errors.map((e: Record<string, unknown>) => [e.row, e.field, e.code])).toEqual([
      [3, 'competitor', 'BAD_USER_INPUT'],
      [4, 'closeDate', 'BAD_USER_INPUT'],
      [4, 'amount', 'BAD_USER_INPUT'],
      [5, 'ownerId', 'FORBIDDEN'],
      [6, 'id', 'FORBIDDEN'],
      [7, 'externalId', 'CONFLICT'],
    ]);
    expect(r).toMatchObject({ total: 6, succeeded: 1, failed: 5, dryRun: true, nothingWritten: true });
    expect(await count(`SELECT count(*) n FROM opportunity WHERE "orgId" = $1`, [acme.org.id])).toBe(1);
    const done = ok(await imp('manager', { objectApiName: 'Opportunity', csv, mapping, matchBy: 'externalId', mode: 'PER_ROW' })).importRecords;
    expect(done).toMatchObject({ succeeded: 1, created: 1 });
    const [deal] = await t.ds.query(`SELECT o.amount, o.probability, o."ownerId", a.name account FROM opportunity o JOIN account a ON a.id = o."accountId" WHERE o."externalId" = 'OP-1'`);
    expect(deal).toEqual({ amount: 12000, probability: 10, ownerId: acme.users.rep2.id, account: 'Initech' });
    const created = await t.ds.query(`SELECT field FROM opportunity_field_history h JOIN opportunity o ON o.id = h."opportunityId" WHERE o."externalId" = 'OP-1'`);
    expect(created).toEqual([{ field: 'created' }]);
  });

  test('leads: default status, matched by email; malformed CSV is reported by row and writes nothing', async () => {
    const csv = 'Company,Last Name,Email,Status\n"Stark, Inc",Stark,tony@stark.test,\nWayne,Wayne,bruce@wayne.test,Bogus\n';
    const mapping = map({ Company: 'company', 'Last Name': 'lastName', Email: 'email', Status: 'status' });
    const r = ok(await imp('rep1', { objectApiName: 'Lead', csv, mapping, matchBy: 'email', mode: 'PER_ROW' })).importRecords;
    expect(r).toMatchObject({ created: 1, errors: [{ row: 3, field: 'status', code: 'BAD_USER_INPUT', message: '"Bogus" is not a lead status' }] });
    const [lead] = await t.ds.query(`SELECT company, status FROM lead WHERE email = 'tony@stark.test'`);
    expect(lead).toEqual({ company: 'Stark, Inc', status: 'Open - Not Contacted' });
    const again = ok(await imp('rep1', { objectApiName: 'Lead', csv: 'Company,Last Name,Email\nStark Industries,Stark,TONY@stark.test\n', mapping: mapping.slice(0, 3), matchBy: 'email' })).importRecords;
    expect(again).toMatchObject({ created: 0, updated: 1 });
    expect(await count(`SELECT count(*) n FROM lead WHERE lower(email) = 'tony@stark.test'`)).toBe(1);

    const before = await count(`SELECT count(*) n FROM lead`);
    const broken = 'Company,Last Name\nA,One\nB,Two,extra\nC,"Three\nD,Four\n';
    const b = ok(await imp('rep1', { objectApiName: 'Lead', csv: broken, mapping: mapping.slice(0, 2), mode: 'PER_ROW' })).importRecords;
    expect(b).toMatchObject({ succeeded: 0, nothingWritten: true });
    expect(b.errors).toEqual([
      { row: 3, id: null, field: 'csv', code: 'BAD_USER_INPUT', message: 'Row 3 has 3 cells; the header has 2' },
      { row: 4, id: null, field: 'csv', code: 'BAD_USER_INPUT', message: 'Row 4 is not valid CSV: a quoted cell is never closed (a " is missing)' },
    ]);
    expect(await count(`SELECT count(*) n FROM lead`)).toBe(before);

    // Set-based: the statements do not grow with the rows.
    const file = (n: number, tag: string) => ['Company,Last Name,Email,Owner', ...Array.from({ length: n }, (_, i) => `Co ${i},N${i},${tag}${i}@flat.test,${acme.users.rep1.email}`)].join('\n');
    const flatMap = [...mapping.slice(0, 3), { column: 'Owner', field: 'owner.email' }];
    const small = await imp('manager', { objectApiName: 'Lead', csv: file(3, 's'), mapping: flatMap, matchBy: 'email' });
    const large = await imp('manager', { objectApiName: 'Lead', csv: file(600, 'l'), mapping: flatMap, matchBy: 'email' });
    expect([ok(small).importRecords.created, ok(large).importRecords.created]).toEqual([3, 600]);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    expect(large.extensions?.sqlStatements).toBeLessThanOrEqual(10);

    const badMap = await imp('rep1', { objectApiName: 'Lead', csv, mapping: [{ column: 'Nope', field: 'company' }] });
    expect(badMap.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping.0.column' });
    const badMatch = await imp('rep1', { objectApiName: 'Account', csv, mapping: [{ column: 'Company', field: 'name' }], matchBy: 'email' });
    expect(badMatch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'matchBy' });
  });
});
