import { createOrg, ok, startTestServer, type OrgFixture, type TestServer } from './harness';

let t: TestServer;
let acme: OrgFixture;
let other: OrgFixture;
const ids: Record<string, string> = {};

const create = async (type: string, input: object, token: string) => {
  const r = ok(await t.gql(`mutation($i: Create${type}Input!) { r: create${type}(input: $i) { id } }`, { i: input }, token));
  return r.r.id as string;
};

const SEARCH = `query($term: String!, $first: Int, $o: [String!]) { search(term: $term, first: $first, objectApiNames: $o) {
  objectApiName id name subtitle rank score record { __typename ... on Account { phone } ... on Contact { email } ... on Opportunity { stageName } } } }`;
const search = (term: string, token = acme.tokens.rep1, vars: object = {}) => t.gql(SEARCH, { term, ...vars }, token);
const hits = async (term: string, token = acme.tokens.rep1, vars: object = {}) => ok(await search(term, token, vars)).search as any[];
const names = async (term: string, token?: string, vars?: object) => (await hits(term, token, vars)).map((h) => h.name);

beforeAll(async () => {
  t = await startTestServer();
  acme = await createOrg(t);
  other = await createOrg(t, 'Other');
  const rep1 = acme.tokens.rep1;
  ids.samsung = await create('Account', { name: '삼성전자 서울지사', phone: '+82 (2) 2255-0114' }, rep1);
  ids.beijing = await create('Account', { name: '北京科技有限公司', phone: '010-6552-8888' }, rep1);
  ids.acme = await create('Account', { name: 'Acme Corporation', phone: '(415) 555-0100' }, rep1);
  ids.acmeWest = await create('Account', { name: 'West Acme Supplies' }, rep1);
  ids.percent = await create('Account', { name: '100% Organic_Foods' }, rep1);
  ids.hundred = await create('Account', { name: '1000 Organics' }, rep1);
  ids.kim = await create('Contact', { firstName: '민준', lastName: '김', email: 'minjun.kim@samsung.example', phone: '010-1234-5678', accountId: ids.samsung }, rep1);
  ids.wang = await create('Contact', { firstName: '伟', lastName: '王', email: 'wang.wei@bjtech.example', mobilePhone: '+86 138 0013 8000' }, rep1);
  ids.lead = await create('Lead', { firstName: 'Dana', lastName: 'Scully', company: '한빛소프트', email: 'dana@hanbit.example' }, rep1);
  ids.opp = await create('Opportunity', { name: 'Acme renewal 2031', stageName: 'Prospecting', closeDate: '2031-01-31', accountId: ids.acme }, rep1);
  ids.case = await create('Case', { subject: 'Acme printer jam', accountId: ids.acme }, rep1);
  // Another rep's deal and contact, and another organisation's records with the same names.
  ids.rep2Opp = await create('Opportunity', { name: 'Acme secret deal', stageName: 'Prospecting', closeDate: '2031-01-31' }, acme.tokens.rep2);
  ids.rep2Contact = await create('Contact', { lastName: 'Acme Insider', email: 'insider@acme.example' }, acme.tokens.rep2);
  ids.otherAcme = await create('Account', { name: 'Acme Corporation', phone: '(415) 555-0100' }, other.tokens.rep1);
  ids.otherKim = await create('Contact', { firstName: '민준', lastName: '김', email: 'minjun.kim@samsung.example' }, other.tokens.admin);
}, 180_000); // PGlite (no TEST_DATABASE_URL) on a busy machine is slow to migrate and sign in
afterAll(() => t?.stop());

test('finds Korean and Chinese names by substring, ranked exact and prefix first', async () => {
  expect(await names('전자 서울')).toEqual(['삼성전자 서울지사']);
  expect(await names('科技有限')).toEqual(['北京科技有限公司']);
  // The name is "민준 김" (first last): the other order matches every word (rank 1).
  expect((await hits('김 민준')).map((h) => [h.id, h.rank])).toEqual([[ids.kim, 1]]);
  expect((await hits('민준 김')).map((h) => [h.objectApiName, h.id, h.rank])).toEqual([['Contact', ids.kim, 6]]);
  // Short CJK terms match inside words; short Latin terms match name and word prefixes.
  expect(await names('科技')).toEqual(['北京科技有限公司']);
  expect(await names('소프')).toEqual(['Dana Scully']);
  expect((await hits('ac', acme.tokens.rep1, { o: ['Account'] })).map((h) => h.name)).toEqual(['Acme Corporation', 'West Acme Supplies']);
  expect(await names('me', acme.tokens.rep1, { o: ['Account'] })).toEqual([]);
  // Exact, then prefix, then word prefix, then substring; then similarity.
  const acmeHits = await hits('acme');
  expect(acmeHits.map((h) => h.name)).toEqual(['Acme Corporation', 'Acme printer jam', 'Acme renewal 2031', 'West Acme Supplies']);
  expect(acmeHits.map((h) => h.rank)).toEqual([5, 5, 5, 3]);
  // Within a rank, more similar names first.
  expect(acmeHits[2].score).toBeLessThanOrEqual(acmeHits[1].score);
  expect(acmeHits[1].score).toBeLessThanOrEqual(acmeHits[0].score);
  expect((await hits('Acme Corporation'))[0]).toMatchObject({ id: ids.acme, rank: 6 });
  // Every word in another order still finds it, ranked last; a typo does not (substring search).
  expect((await hits('corporation acme')).map((h) => [h.id, h.rank])).toEqual([[ids.acme, 1]]);
  expect(await hits('Acme Corporatoin')).toEqual([]);
});

test('finds by email and by phone digits whatever the punctuation, with subtitle and record', async () => {
  const byEmail = await hits('MINJUN.KIM@samsung');
  expect(byEmail).toEqual([{ objectApiName: 'Contact', id: ids.kim, name: '민준 김', subtitle: 'minjun.kim@samsung.example · 010-1234-5678', rank: 4,
    score: expect.any(Number), record: { __typename: 'Contact', email: 'minjun.kim@samsung.example' } }]);
  expect((await hits('01012345678')).map((h) => h.id)).toEqual([ids.kim]);
  expect((await hits('1234-5678')).map((h) => h.id)).toEqual([ids.kim]);
  expect((await hits('+86 138-0013-8000')).map((h) => h.id)).toEqual([ids.wang]);
  const phone = await hits('415.555.0100');
  expect(phone).toEqual([expect.objectContaining({ id: ids.acme, rank: 4, subtitle: '(415) 555-0100', record: { __typename: 'Account', phone: '(415) 555-0100' } })]);
  expect((await hits('dana@hanbit')).map((h) => [h.objectApiName, h.subtitle])).toEqual([['Lead', '한빛소프트 · dana@hanbit.example']]);
  expect((await hits('renewal'))[0]).toMatchObject({ objectApiName: 'Opportunity', subtitle: 'Prospecting', record: { __typename: 'Opportunity', stageName: 'Prospecting' } });
});

test('scoped like every read: no other rep\'s records, never another organisation\'s', async () => {
  const rep1 = await hits('acme');
  expect(rep1.map((h) => h.id)).not.toEqual(expect.arrayContaining([ids.rep2Opp]));
  expect(rep1.map((h) => h.id)).not.toContain(ids.rep2Contact);
  expect(rep1.map((h) => h.id)).not.toContain(ids.otherAcme);
  // The manager sees both reps' records; the other org's admin only theirs.
  const manager = (await hits('acme', acme.tokens.manager)).map((h) => h.id);
  expect(manager).toEqual(expect.arrayContaining([ids.rep2Opp, ids.rep2Contact, ids.opp, ids.acme]));
  expect(manager).not.toContain(ids.otherAcme);
  expect((await hits('minjun', other.tokens.admin)).map((h) => h.id)).toEqual([ids.otherKim]);
  expect((await hits('acme', acme.tokens.rep3))).toEqual([]);
  // Accounts are also read through territories of the ACTIVE model: rep2 assigned to one finds its account.
  const territoryAccount = await create('Account', { name: 'Acme Territory Account' }, acme.tokens.rep3);
  expect((await hits('acme territory', acme.tokens.rep2)).map((h) => h.id)).toEqual([]);
  const admin = acme.tokens.admin;
  const modelId = ok(await t.gql(`mutation { createTerritoryModel(input: { name: "FY27" }) { id } }`, {}, admin)).createTerritoryModel.id;
  const territoryId = ok(await t.gql(`mutation($m: ID!) { createTerritory(input: { modelId: $m, name: "West" }) { id } }`, { m: modelId }, admin)).createTerritory.id;
  ok(await t.gql(`mutation($a: ID!, $t: ID!) { createObjectTerritoryAssociation(input: { accountId: $a, territoryId: $t }) { id } }`, { a: territoryAccount, t: territoryId }, admin));
  ok(await t.gql(`mutation($u: ID!, $t: ID!) { createUserTerritoryAssociation(input: { userId: $u, territoryId: $t }) { id } }`, { u: acme.users.rep2.id, t: territoryId }, admin));
  ok(await t.gql(`mutation($id: ID!) { activateTerritoryModel(id: $id) { state } }`, { id: modelId }, admin));
  expect((await hits('acme territory', acme.tokens.rep2)).map((h) => h.id)).toEqual([territoryAccount]);
  expect((await hits('acme territory', acme.tokens.rep1)).map((h) => h.id)).toEqual([]);
  // Marketing reads every contact and lead, but no opportunity.
  const marketing = await hits('acme', acme.tokens.marketing);
  expect(marketing.map((h) => h.objectApiName)).toEqual(['Contact']);
});

test('wildcards in the term are literal', async () => {
  const contains = async (term: string) => (await hits(term)).map((h) => h.name);
  expect(await contains('100%')).toEqual(['100% Organic_Foods']);
  expect(await contains('00%')).toEqual(['100% Organic_Foods']);
  expect(await contains('1_0')).toEqual([]);
  expect(await contains('c_f')).toEqual(['100% Organic_Foods']);
  expect(await contains('organic_')).toEqual(['100% Organic_Foods']);
  expect(await contains('organic%foods')).toEqual([]);
  expect(await contains('%')).toEqual([]); // a short term: prefixes only, and no name starts with a literal %
  expect(await contains('_')).toEqual([]);
  expect(await contains('\\')).toEqual([]);
  expect(await contains("o'rg")).toEqual([]);
});

test('limits, object filter and bad input', async () => {
  expect((await hits('acme', acme.tokens.rep1, { first: 2 })).map((h) => h.name)).toEqual(['Acme Corporation', 'Acme printer jam']);
  expect((await hits('acme', acme.tokens.rep1, { o: ['Case', 'Opportunity'] })).map((h) => h.objectApiName)).toEqual(['Case', 'Opportunity']);
  for (const [term, vars, field] of [['  ', {}, 'term'], ['x'.repeat(101), {}, 'term'], ['acme', { first: 0 }, 'first'], ['acme', { first: 101 }, 'first'], ['acme', { o: ['User'] }, 'objectApiNames']] as const) {
    const r = await search(term, acme.tokens.rep1, vars);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
});

test('one statement for all object types, whatever the number of hits (plus one per type for records)', async () => {
  // The session check of every operation.
  const base = (await t.gql('{ __typename }', {}, acme.tokens.manager)).extensions!.sqlStatements!;
  const plain = `query($term: String!) { search(term: $term, first: 100) { id name } }`;
  const one = await t.gql(plain, { term: 'acme' }, acme.tokens.manager);
  expect(ok(one).search.length).toBeGreaterThan(4);
  expect(one.extensions?.sqlStatements).toBe(base + 1);
  const short = await t.gql(plain, { term: 'z' }, acme.tokens.manager);
  expect(short.extensions?.sqlStatements).toBe(base + 1);
  const records = await search('acme', acme.tokens.manager, { first: 100 });
  // The search, and one batched loader per object type present (Account, Contact, Opportunity, Case).
  expect(records.extensions?.sqlStatements).toBe(base + 5);
});
