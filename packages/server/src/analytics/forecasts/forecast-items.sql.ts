import { ForecastingRoleType } from './forecasting-type.entity';

// The forecasting items of a hierarchy, per node (user or territory) x month x roll-up category,
// as ONE statement whatever the number of users, territories or months. Every fragment below is
// a constant chosen in code (never from input); all values are parameters:
// $1 org, $2 first month (inclusive), $3 end (exclusive), $4 forecasting type, $5 viewer,
// $6 viewer sees the whole org, $7 product family (null: all), $8 drill-in root (null: default),
// $9 active territory model (territory types), $10 manager adjustments on, $11 owner adjustments on.

/** Opportunity forecast category -> the cumulative roll-up columns it counts in (Omitted: none). */
const CATEGORY_MAP = `cats(fc, cat) AS (VALUES
  ('Pipeline', 'OPEN_PIPELINE'), ('Best Case', 'OPEN_PIPELINE'), ('Best Case', 'BEST_CASE_FORECAST'),
  ('Most Likely', 'OPEN_PIPELINE'), ('Most Likely', 'BEST_CASE_FORECAST'),
  ('Commit', 'OPEN_PIPELINE'), ('Commit', 'BEST_CASE_FORECAST'), ('Commit', 'COMMIT_FORECAST'),
  ('Closed', 'BEST_CASE_FORECAST'), ('Closed', 'COMMIT_FORECAST'), ('Closed', 'CLOSED_ONLY'))`;

/** The measure of one opportunity `op`: amount, one deal, or its order lines of the product family. */
function measureSql(isAmount: boolean, family: boolean): string {
  if (!family) return isAmount ? 'coalesce(op.amount, 0)' : '1';
  const col = isAmount ? 'oi."totalPrice"' : 'oi.quantity';
  return `(SELECT coalesce(sum(${col}), 0) FROM "order" o JOIN order_item oi ON oi."orderId" = o.id JOIN product p ON p.id = oi."productId"
    WHERE o."opportunityId" = op.id AND o."orgId" = $1 AND o.status <> 'Cancelled' AND p.family = $7)`;
}

const OPP_WHERE = `op."orgId" = $1 AND op."closeDate" >= $2 AND op."closeDate" < $3 AND op."forecastCategoryName" <> 'Omitted'`;

/** Nodes, the viewer's roots, and the opportunities' node, per hierarchy. */
const ROLE = {
  nodes: `nodes(id, parent, name, fuser, enabled) AS (
    SELECT id, "managerId", name, NULL::uuid, role NOT IN ('MARKETING_USER', 'SERVICE_AGENT') FROM "user" WHERE "orgId" = $1)`,
  mine: `mine(id) AS (SELECT CAST($5 AS uuid))`,
  facts: (m: string) => `facts(node, m, fc, v) AS (
    SELECT op."ownerId", date_trunc('month', op."closeDate")::date, op."forecastCategoryName", ${m}
    FROM opportunity op WHERE ${OPP_WHERE} AND op."ownerId" IN (SELECT id FROM vis))`,
  quotaNode: 'q."quotaOwnerId"',
  quotaWhere: 'q."territoryId" IS NULL',
};

/** An opportunity's territory: of its account's territories in the model, the one whose type has the highest priority (a tie: none). */
const TERRITORY = {
  nodes: `nodes(id, parent, name, fuser, enabled, "typeId") AS (
    SELECT id, "parentId", name, "forecastUserId", true, "typeId" FROM territory WHERE "orgId" = $1 AND "modelId" = $9)`,
  mine: `mine(id) AS (SELECT id FROM nodes WHERE fuser = $5
    UNION SELECT ua."territoryId" FROM user_territory_association ua WHERE ua."userId" = $5 AND ua."isActive" AND ua."orgId" = $1)`,
  facts: (m: string) => `cand AS (
    SELECT op.id, op."closeDate", op."forecastCategoryName" AS fc, ${m} AS v, t.id AS terr,
      rank() OVER (PARTITION BY op.id ORDER BY coalesce(tt.priority, -1) DESC) AS rk,
      count(*) OVER (PARTITION BY op.id, coalesce(tt.priority, -1)) AS n
    FROM opportunity op JOIN object_territory_association a ON a."accountId" = op."accountId"
    JOIN nodes t ON t.id = a."territoryId" LEFT JOIN territory_type tt ON tt.id = t."typeId"
    WHERE ${OPP_WHERE}),
  facts(node, m, fc, v) AS (
    SELECT terr, date_trunc('month', "closeDate")::date, fc, v FROM cand WHERE rk = 1 AND n = 1 AND terr IN (SELECT id FROM vis))`,
  quotaNode: 'q."territoryId"',
  quotaWhere: 'q."territoryId" IS NOT NULL',
};

export function forecastItemsSql(roleType: ForecastingRoleType, isAmount: boolean, family: boolean): string {
  const h = roleType === ForecastingRoleType.TERRITORY ? TERRITORY : ROLE;
  const quotaCol = isAmount ? 'q."quotaAmount"' : 'q."quotaQuantity"';
  return `
WITH RECURSIVE ${h.nodes}, ${h.mine},
  allowed(id) AS (SELECT id FROM nodes WHERE id IN (SELECT id FROM mine) UNION SELECT n.id FROM nodes n JOIN allowed ON n.parent = allowed.id),
  roots(id) AS (SELECT id FROM nodes WHERE CASE
    WHEN $8::uuid IS NOT NULL THEN id = $8 AND ($6 OR id IN (SELECT id FROM allowed))
    WHEN $6 THEN parent IS NULL OR parent NOT IN (SELECT id FROM nodes)
    ELSE id IN (SELECT id FROM mine) END),
  vis(id) AS (SELECT id FROM roots UNION SELECT n.id FROM nodes n JOIN vis ON n.parent = vis.id),
  cl(anc, des, dist) AS (SELECT id, id, 0 FROM vis UNION ALL SELECT cl.anc, n.id, cl.dist + 1 FROM cl JOIN nodes n ON n.parent = cl.des),
  ${CATEGORY_MAP},
  ${h.facts(measureSql(isAmount, family))},
  own(node, m, cat, v) AS (SELECT node, m, cat, sum(v) FROM facts JOIN cats USING (fc) GROUP BY 1, 2, 3),
  adj AS (SELECT a.* FROM forecasting_adjustment a
    WHERE a."orgId" = $1 AND a."forecastingTypeId" = $4 AND a."startDate" >= $2 AND a."startDate" < $3
      AND a."subjectId" IN (SELECT id FROM vis) AND a."adjustingNodeId" IN (SELECT id FROM vis)),
  detail AS (SELECT a.id, json_build_object('id', a.id, 'adjustedAmount', a."adjustedAmount", 'adjustmentNote', a."adjustmentNote",
      'adjustedById', a."adjustedById", 'createdDate', a."createdDate", 'lastModifiedDate', a."lastModifiedDate", 'version', a.version,
      'isOwnerAdjustment', a."isOwnerAdjustment", 'ownerId', a."ownerId", 'territoryId', a."territoryId", 'forecastingTypeId', a."forecastingTypeId",
      'startDate', a."startDate", 'forecastingItemCategory', a."forecastingItemCategory") AS j FROM adj a),
  -- The visible manager adjustment of an item: the one made from the highest node (the view's own level wins).
  mgr AS (SELECT DISTINCT ON (a."subjectId", a."startDate", a."forecastingItemCategory")
      a."subjectId" AS node, a."startDate" AS m, a."forecastingItemCategory" AS cat, a."adjustedAmount" AS v, a.id
    FROM adj a JOIN cl ON cl.anc = a."adjustingNodeId" AND cl.des = a."subjectId" AND cl.dist > 0
    WHERE $10 AND NOT a."isOwnerAdjustment"
    ORDER BY a."subjectId", a."startDate", a."forecastingItemCategory", cl.dist DESC),
  oadj AS (SELECT a."subjectId" AS node, a."startDate" AS m, a."forecastingItemCategory" AS cat, a."adjustedAmount" AS v, a.id
    FROM adj a WHERE $11 AND a."isOwnerAdjustment" AND a."adjustingNodeId" = a."subjectId"),
  val AS (SELECT node, m, cat, coalesce(mgr.v, oadj.v) AS v, oadj.v AS ov, mgr.id AS mid, oadj.id AS oid
    FROM mgr FULL JOIN oadj USING (node, m, cat)),
  pts AS (SELECT p.node, p.m, p.cat, coalesce(own.v, 0) AS ov, coalesce(val.v, own.v, 0) AS cv,
      (SELECT min(c.dist) FROM cl c JOIN val x ON x.node = c.anc AND x.m = p.m AND x.cat = p.cat WHERE c.des = p.node AND c.dist > 0) AS bd
    FROM (SELECT node, m, cat FROM own UNION SELECT node, m, cat FROM val) p
    LEFT JOIN own USING (node, m, cat) LEFT JOIN val USING (node, m, cat)),
  agg AS (SELECT cl.anc AS node, pts.m, pts.cat,
      sum(pts.ov) FILTER (WHERE cl.dist = 0) AS own_amount,
      sum(pts.ov) AS awa,
      sum(pts.cv) FILTER (WHERE pts.bd IS NULL OR pts.bd > cl.dist) AS fa,
      sum(CASE WHEN cl.dist = 0 THEN pts.ov ELSE pts.cv END) FILTER (WHERE cl.dist = 0 OR pts.bd IS NULL OR pts.bd >= cl.dist) AS wma
    FROM pts JOIN cl ON cl.des = pts.node GROUP BY 1, 2, 3),
  quota AS (SELECT ${h.quotaNode} AS node, q."startDate" AS m, sum(${quotaCol}) AS v FROM forecasting_quota q
    WHERE q."orgId" = $1 AND ${h.quotaWhere} AND q."productFamily" IS NOT DISTINCT FROM $7 AND q."startDate" >= $2 AND q."startDate" < $3
      AND ${h.quotaNode} IN (SELECT id FROM vis) GROUP BY 1, 2)
SELECT
  (SELECT coalesce(json_agg(json_build_object('id', n.id, 'parentId', n.parent, 'name', n.name, 'forecastUserId', n.fuser, 'enabled', n.enabled)), '[]')
     FROM nodes n WHERE n.id IN (SELECT id FROM vis)) AS nodes,
  (SELECT coalesce(json_agg(json_build_object('id', id)), '[]') FROM roots) AS roots,
  (SELECT coalesce(json_agg(json_build_object('node', agg.node, 'm', agg.m, 'cat', agg.cat,
      'ownerOnlyAmount', coalesce(agg.own_amount, 0), 'amountWithoutAdjustments', coalesce(agg.awa, 0),
      'amountWithoutManagerAdjustment', coalesce(val.ov, agg.wma, 0), 'forecastAmount', coalesce(agg.fa, 0),
      'adjustment', md.j, 'ownerAdjustment', od.j)), '[]')
     FROM agg LEFT JOIN val USING (node, m, cat) LEFT JOIN detail md ON md.id = val.mid LEFT JOIN detail od ON od.id = val.oid) AS items,
  (SELECT coalesce(json_agg(json_build_object('node', node, 'm', m, 'v', v)), '[]') FROM quota WHERE v IS NOT NULL) AS quotas,
  CAST($9 AS uuid) AS "modelId"`;
}
