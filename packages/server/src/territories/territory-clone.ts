import type { EntityManager } from 'typeorm';

export interface CloneCounts {
  territories: number;
  rules: number;
  ruleItems: number;
  ruleLinks: number;
  userAssignments: number;
  accountAssignments: number;
  quotas: number;
}

/**
 * Copies a model's content into another model in one statement: the territory tree (new ids
 * mapped from old ones, parents inserted before children so the hierarchy triggers see them),
 * rules with their items and territory links, user assignments and manual account assignments.
 * Rule-made account assignments are not copied: running the rules recreates them. Forecasting
 * quotas of the territories are copied onto their clones. Territory types are organisation-wide
 * and shared.
 */
const CLONE_SQL = `
WITH RECURSIVE src(id, d) AS (
    SELECT t.id, 0 FROM territory t WHERE t."modelId" = $1 AND t."parentId" IS NULL
    UNION ALL SELECT c.id, src.d + 1 FROM territory c JOIN src ON c."parentId" = src.id),
  tmap AS MATERIALIZED (SELECT id AS old, gen_random_uuid() AS new, d FROM src),
  rmap AS MATERIALIZED (SELECT id AS old, gen_random_uuid() AS new FROM territory_assignment_rule WHERE "modelId" = $1),
  t_ins AS (
    INSERT INTO territory (id, "orgId", "modelId", "typeId", "forecastUserId", name, description, "parentId")
    SELECT m.new, t."orgId", $2, t."typeId", t."forecastUserId", t.name, t.description, p.new
    FROM tmap m JOIN territory t ON t.id = m.old LEFT JOIN tmap p ON p.old = t."parentId"
    ORDER BY m.d
    RETURNING 1),
  r_ins AS (
    INSERT INTO territory_assignment_rule (id, "orgId", "modelId", name, "isActive", "booleanFilter")
    SELECT m.new, r."orgId", $2, r.name, r."isActive", r."booleanFilter"
    FROM rmap m JOIN territory_assignment_rule r ON r.id = m.old
    RETURNING 1),
  i_ins AS (
    INSERT INTO territory_rule_item ("orgId", "ruleId", "sortOrder", field, operator, value)
    SELECT i."orgId", m.new, i."sortOrder", i.field, i.operator, i.value FROM territory_rule_item i JOIN rmap m ON m.old = i."ruleId"
    RETURNING 1),
  l_ins AS (
    INSERT INTO rule_territory_association ("orgId", "ruleId", "territoryId", "isInherited")
    SELECT l."orgId", rm.new, tm.new, l."isInherited"
    FROM rule_territory_association l JOIN rmap rm ON rm.old = l."ruleId" JOIN tmap tm ON tm.old = l."territoryId"
    RETURNING 1),
  u_ins AS (
    INSERT INTO user_territory_association ("orgId", "userId", "territoryId", "roleInTerritory", "isActive")
    SELECT u."orgId", u."userId", tm.new, u."roleInTerritory", u."isActive" FROM user_territory_association u JOIN tmap tm ON tm.old = u."territoryId"
    RETURNING 1),
  a_ins AS (
    INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause")
    SELECT o."orgId", o."accountId", tm.new, o."associationCause" FROM object_territory_association o JOIN tmap tm ON tm.old = o."territoryId"
    WHERE o."associationCause" = 'TERRITORY_MANUAL'
    RETURNING 1),
  q_ins AS (
    INSERT INTO forecasting_quota ("orgId", "quotaOwnerId", "territoryId", "startDate", "quotaAmount", "quotaQuantity", "productFamily")
    SELECT q."orgId", q."quotaOwnerId", tm.new, q."startDate", q."quotaAmount", q."quotaQuantity", q."productFamily" FROM forecasting_quota q JOIN tmap tm ON tm.old = q."territoryId"
    RETURNING 1)
SELECT (SELECT count(*) FROM t_ins)::int AS territories, (SELECT count(*) FROM r_ins)::int AS rules,
  (SELECT count(*) FROM i_ins)::int AS "ruleItems", (SELECT count(*) FROM l_ins)::int AS "ruleLinks",
  (SELECT count(*) FROM u_ins)::int AS "userAssignments", (SELECT count(*) FROM a_ins)::int AS "accountAssignments",
  (SELECT count(*) FROM q_ins)::int AS quotas`;

export async function cloneModelContent(em: EntityManager, fromModelId: string, toModelId: string): Promise<CloneCounts> {
  const [counts] = await em.query(CLONE_SQL, [fromModelId, toModelId]);
  return counts;
}
