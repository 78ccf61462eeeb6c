/**
 * The floor: the same answers as Q1 to Q4, computed by hand-written SQL through pg with the
 * fewest statements an expert would use, and assembled into the same JSON.
 */
type Query = (sql: string, params: unknown[]) => Promise<any[]>;

export async function floorQ1(q: Query, rootId: string): Promise<unknown> {
  const rows = await q(
    `WITH RECURSIVE tree(id, "parentId", d) AS (
       SELECT id, "parentId", 0 FROM campaign WHERE id = $1
       UNION ALL SELECT c.id, c."parentId", t.d + 1 FROM campaign c JOIN tree t ON c."parentId" = t.id WHERE t.d < 5),
     m AS (SELECT cm."campaignId" AS id, count(*) FILTER (WHERE cm."contactId" IS NOT NULL) AS contacts,
             count(*) FILTER (WHERE cm."hasResponded" AND (cm."contactId" IS NOT NULL OR NOT l."isConverted")) AS responses
           FROM campaign_member cm LEFT JOIN lead l ON l.id = cm."leadId" WHERE cm."campaignId" IN (SELECT id FROM tree) GROUP BY 1),
     o AS (SELECT "campaignId" AS id, coalesce(sum(amount) FILTER (WHERE "isWon"), 0) AS won FROM opportunity WHERE "campaignId" IN (SELECT id FROM tree) GROUP BY 1)
     SELECT t.id, t."parentId", t.d, c.name, coalesce(m.contacts, 0)::int AS contacts, coalesce(m.responses, 0)::int AS responses, coalesce(o.won, 0)::float8 AS won
     FROM tree t JOIN campaign c ON c.id = t.id LEFT JOIN m ON m.id = t.id LEFT JOIN o ON o.id = t.id ORDER BY c.name, c.id`,
    [rootId],
  );
  const kids = new Map<string, any[]>();
  for (const r of rows) if (r.parentId) kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
  const build = (r: any): any => {
    const children = (kids.get(r.id) ?? []).map(build);
    const hier = children.reduce((s: any, c: any) => ({ resp: s.resp + c.hierarchyNumberOfResponses, won: s.won + c.hierarchyAmountWonOpportunities }), { resp: r.responses, won: r.won });
    return { id: r.id, name: r.name, numberOfContacts: r.contacts, numberOfResponses: r.responses, hierarchyNumberOfResponses: hier.resp, hierarchyAmountWonOpportunities: hier.won, ...(r.d < 5 ? { children } : {}) };
  };
  return { campaign: build(rows.find((r) => r.id === rootId)) };
}

export const floorQ2 = (q: Query, orgId: string) => territoryFloor(q, orgId, (o) => ({ name: o.name, amount: o.amount, owner: { name: o.owner } }));
export const floorQ4 = (q: Query, orgId: string) => territoryFloor(q, orgId, (o) => ({ id: o.id, name: o.name, owner: { name: o.owner } }));

/** Q3: the campaign tree with each node's people targeted and member count, in one statement. */
export async function floorQ3(q: Query, rootId: string): Promise<unknown> {
  const rows = await q(
    `WITH RECURSIVE tree(id, d) AS (
       SELECT id, 0 FROM campaign WHERE id = $1
       UNION ALL SELECT c.id, t.d + 1 FROM campaign c JOIN tree t ON c."parentId" = t.id WHERE t.d < 5),
     m AS (SELECT "campaignId" AS id, count(*)::int AS n FROM campaign_member WHERE "campaignId" IN (SELECT id FROM tree) GROUP BY 1)
     SELECT t.id, c."parentId", t.d, c.name, c."numberSent", coalesce(m.n, 0) AS members
     FROM tree t JOIN campaign c ON c.id = t.id LEFT JOIN m ON m.id = t.id ORDER BY c.name, c.id`,
    [rootId],
  );
  const kids = new Map<string, any[]>();
  for (const r of rows) if (r.parentId) kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
  const build = (r: any): any => ({
    id: r.id, name: r.name, numberSent: r.numberSent, members: { totalCount: r.members },
    ...(r.d < 5 ? { children: (kids.get(r.id) ?? []).map(build) } : {}),
  });
  return { campaign: build(rows.find((r) => r.id === rootId)) };
}

/** The territory tree (Q2, Q4): 20 accounts per territory, 5 open opportunities per account. */
async function territoryFloor(q: Query, orgId: string, opp: (o: any) => object): Promise<unknown> {
  const terr = await q(
    `WITH RECURSIVE t(id, "parentId", name, d) AS (
       SELECT id, "parentId", name, 0 FROM territory WHERE "parentId" IS NULL AND "modelId" = (SELECT id FROM territory_model WHERE "orgId" = $1 AND state = 'ACTIVE')
       UNION ALL SELECT c.id, c."parentId", c.name, t.d + 1 FROM territory c JOIN t ON c."parentId" = t.id WHERE t.d < 5)
     SELECT * FROM t ORDER BY name, id`,
    [orgId],
  );
  const accounts = await q(
    `SELECT "territoryId", id, name FROM (
       SELECT ota."territoryId", a.id, a.name, row_number() OVER (PARTITION BY ota."territoryId" ORDER BY a.name, a.id) AS rn
       FROM object_territory_association ota JOIN account a ON a.id = ota."accountId" WHERE ota."territoryId" = ANY($1)) x
     WHERE rn <= 20 ORDER BY "territoryId", rn`,
    [terr.map((t) => t.id)],
  );
  const opps = await q(
    `SELECT "accountId", id, name, amount, owner FROM (
       SELECT o."accountId", o.id, o.name, o.amount::float8 AS amount, u.name AS owner, row_number() OVER (PARTITION BY o."accountId" ORDER BY o."closeDate", o.id) AS rn
       FROM opportunity o JOIN "user" u ON u.id = o."ownerId" WHERE o."accountId" = ANY($1) AND NOT o."isClosed") x
     WHERE rn <= 5 ORDER BY "accountId", rn`,
    [[...new Set(accounts.map((a) => a.id))]],
  );
  const group = <T>(rows: T[], key: (r: T) => string) => rows.reduce((m, r) => m.set(key(r), [...(m.get(key(r)) ?? []), r]), new Map<string, T[]>());
  const oppsBy = group(opps, (o: any) => o.accountId);
  const accBy = group(accounts, (a: any) => a.territoryId);
  const kids = group(terr.filter((t) => t.parentId), (t: any) => t.parentId);
  const build = (t: any): any => ({
    id: t.id,
    name: t.name,
    accounts: { nodes: (accBy.get(t.id) ?? []).map((a: any) => ({ id: a.id, name: a.name, opportunities: { nodes: (oppsBy.get(a.id) ?? []).map(opp) } })) },
    ...(t.d < 5 ? { children: (kids.get(t.id) ?? []).map(build) } : {}),
  });
  return { activeTerritoryModel: { rootTerritories: terr.filter((t) => !t.parentId).map(build) } };
}

/** Q5: the first 500 accounts by name with owner and parent names; the window count is taken before LIMIT. */
export async function floorQ5(q: Query, orgId: string): Promise<unknown> {
  const rows = await q(
    `SELECT a.id, a.name, a.industry, u.name AS owner, p.name AS parent, count(*) OVER ()::int AS total
     FROM account a JOIN "user" u ON u.id = a."ownerId" LEFT JOIN account p ON p.id = a."parentId"
     WHERE a."orgId" = $1 ORDER BY a.name, a.id LIMIT 500`,
    [orgId],
  );
  return {
    accounts: {
      totalCount: rows[0]?.total ?? 0,
      nodes: rows.map((r) => ({ id: r.id, name: r.name, industry: r.industry, owner: { name: r.owner }, parent: r.parent === null ? null : { name: r.parent } })),
    },
  };
}
