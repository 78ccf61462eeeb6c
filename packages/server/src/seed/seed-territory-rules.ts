// Assignment rules of the active demo territory model, the accounts they assign, the territory
// teams and their quotas for the demo's current quarter.
import { derivedUuidSql } from '../common/sql';
import { ForecastingQuota } from '../territories/forecasting-quota.entity';
import { compileRule, parseBooleanFilter, SqlParams, validateRuleItems, type RuleItemInput } from '../territories/rule-filter';
import { RuleTerritoryAssociation } from '../territories/rule-territory-association.entity';
import { TerritoryAssignmentRule } from '../territories/territory-assignment-rule.entity';
import { TerritoryRuleItem } from '../territories/territory-rule-item.entity';
import { UserTerritoryAssociation } from '../territories/user-territory-association.entity';
import { bulkInsert, type Row, type SeedContext } from './context';
import { roundTo, type DemoCalendar } from './random';

interface RuleDef {
  name: string;
  /** The region territory (seed-service.ts) the rule assigns to. */
  territory: string;
  items: Array<[field: string, operator: string, value: string]>;
  booleanFilter?: string;
  isActive?: boolean;
}

// Account countries are stored by their English name (places.ts); state codes for North America.
const US = 'United States,USA,US';
const RULES: readonly RuleDef[] = [
  {
    name: 'North America East', territory: 'North America East', booleanFilter: '(1 AND 2) OR (3 AND 4)',
    items: [['billingCountry', 'IN', US], ['billingState', 'IN', 'NY,MA,GA'], ['billingCountry', 'EQUALS', 'Canada'], ['billingState', 'IN', 'ON,QC']],
  },
  {
    name: 'North America West', territory: 'North America West', booleanFilter: '(1 AND 2) OR (3 AND 4)',
    items: [['billingCountry', 'IN', US], ['billingState', 'IN', 'CA,WA,TX,CO,IL'], ['billingCountry', 'EQUALS', 'Canada'], ['billingState', 'EQUALS', 'BC']],
  },
  { name: 'Latin America', territory: 'Latin America', items: [['billingCountry', 'IN', 'Mexico,Brazil,Argentina,Chile,Colombia']] },
  { name: 'UK & Ireland', territory: 'UK & Ireland', items: [['billingCountry', 'IN', 'United Kingdom,Ireland']] },
  { name: 'DACH', territory: 'DACH', items: [['billingCountry', 'IN', 'Germany,Austria,Switzerland']] },
  { name: 'France & Benelux', territory: 'France & Benelux', items: [['billingCountry', 'IN', 'France,Belgium,Netherlands,Luxembourg']] },
  { name: 'Nordics', territory: 'Nordics', items: [['billingCountry', 'IN', 'Denmark,Finland,Norway,Sweden']] },
  { name: 'Korea', territory: 'Korea', items: [['billingCountry', 'EQUALS', 'South Korea']] },
  { name: 'Greater China', territory: 'Greater China', items: [['billingCountry', 'IN', 'China,Hong Kong,Taiwan']] },
  { name: 'Southeast Asia', territory: 'Southeast Asia', items: [['billingCountry', 'IN', 'Singapore,Malaysia,Indonesia,Philippines']] },
  // Japan is being handed to a partner: its rule is drafted but inactive, so Japanese accounts
  // are the demo's accounts without territory.
  { name: 'Japan (draft)', territory: 'Japan', items: [['billingCountry', 'EQUALS', 'Japan']], isActive: false },
];

/** [user key, territory, role]: the demo sales teams in the tree. */
const TEAM: ReadonlyArray<readonly [string, string, string]> = [
  ['manager', 'Americas', 'Territory Manager'], ['manager', 'EMEA', 'Territory Manager'], ['manager2', 'APAC', 'Territory Manager'],
  ['rep', 'North America East', 'Sales Rep'], ['rep3', 'North America West', 'Sales Rep'], ['rep2', 'DACH', 'Sales Rep'],
  ['rep', 'UK & Ireland', 'Sales Rep'], ['rep3', 'France & Benelux', 'Sales Rep'],
  ['rep4', 'Korea', 'Sales Rep'], ['rep5', 'Greater China', 'Sales Rep'], ['rep6', 'Southeast Asia', 'Sales Rep'],
];

/** The first days of the months of the quarter the demo's "today" (its anchor) falls in. */
function quarterMonths({ anchorMs, monthStart, isoDate }: DemoCalendar): string[] {
  const into = new Date(anchorMs).getUTCMonth() % 3;
  return [0, 1, 2].map((k) => isoDate(monthStart(k - into)));
}

export interface TerritoryRulesSummary {
  rules: number;
  ruleItems: number;
  accountAssignments: number;
  userAssignments: number;
  quotas: number;
}

/**
 * The demo's active model gets one rule per region territory; the accounts they match are
 * assigned with one INSERT ... SELECT that compiles the rules exactly as runAssignmentRules
 * does (so running the rules afterwards changes nothing). Association ids are derived from
 * (account, territory) by md5 (in the version 4 format), the other ids come from the seed's PRNG: every run is identical.
 */
export async function seedTerritoryRules(ctx: SeedContext): Promise<TerritoryRulesSummary> {
  const r = ctx.rng('territory-rules');
  const { dateTime } = ctx.dates;
  const created = dateTime(-120, 10);
  // When the rules last ran (a nightly run two days before the demo's "today").
  const RUN_AT = dateTime(-2, 2, 30);
  const [model] = (await ctx.em.query(`SELECT id FROM territory_model WHERE "orgId" = $1 AND state = 'ACTIVE'`, [ctx.orgId])) as Array<{ id: string }>;
  if (!model) throw new Error('seed: the active territory model must be seeded before its rules');
  const territories = new Map(
    ((await ctx.em.query(`SELECT id, name FROM territory WHERE "modelId" = $1`, [model.id])) as Array<{ id: string; name: string }>).map((t) => [t.name, t.id]),
  );
  const territory = (name: string) => {
    const id = territories.get(name);
    if (!id) throw new Error(`seed: no territory "${name}" in the demo model`);
    return id;
  };
  const stamp = { orgId: ctx.orgId, createdDate: created, lastModifiedDate: created };

  const rules: Array<Row<TerritoryAssignmentRule>> = [];
  const items: Array<Row<TerritoryRuleItem>> = [];
  const links: Array<Row<RuleTerritoryAssociation>> = [];
  const compiled: Array<{ id: string; items: RuleItemInput[]; booleanFilter: string | null }> = [];
  for (const def of RULES) {
    const ruleItems = validateRuleItems(def.items.map(([field, operator, value]) => ({ field, operator, value })));
    if (def.booleanFilter) parseBooleanFilter(def.booleanFilter, ruleItems.length);
    const id = r.uuid();
    rules.push({ id, ...stamp, modelId: model.id, name: def.name, isActive: def.isActive ?? true, booleanFilter: def.booleanFilter ?? null });
    ruleItems.forEach((it, i) => items.push({ id: r.uuid(), ...stamp, ruleId: id, sortOrder: i + 1, field: it.field, operator: it.operator, value: it.value }));
    links.push({ id: r.uuid(), ...stamp, ruleId: id, territoryId: territory(def.territory), isInherited: false });
    if (def.isActive !== false) compiled.push({ id, items: ruleItems, booleanFilter: def.booleanFilter ?? null });
  }
  await bulkInsert(ctx.em, TerritoryAssignmentRule, rules);
  await bulkInsert(ctx.em, TerritoryRuleItem, items);
  await bulkInsert(ctx.em, RuleTerritoryAssociation, links);

  // The run itself, set-based: every (account, territory) pair the active rules produce, as in
  // assignment-run.service.ts (a rule applies to its territories and, if inherited, their subtrees).
  const p = new SqlParams([ctx.orgId, model.id, RUN_AT.toISOString(), 'open-crm-demo-v1:territory-assignment:']);
  const cases = compiled.map((c) => `(${p.add(c.id)}::uuid, ${compileRule(c.items, c.booleanFilter, 'a', p)})`);
  const [{ n: accountAssignments }] = (await ctx.em.query(
    `WITH RECURSIVE
      targets(rule_id, territory_id, inherited) AS (
        SELECT l."ruleId", l."territoryId", l."isInherited" FROM rule_territory_association l
        JOIN territory_assignment_rule r ON r.id = l."ruleId" WHERE r."modelId" = $2 AND r."isActive"
        UNION SELECT tg.rule_id, c.id, true FROM targets tg JOIN territory c ON c."parentId" = tg.territory_id WHERE tg.inherited),
      hits(account_id, rule_id) AS (
        SELECT a.id, m.rule_id FROM account a CROSS JOIN LATERAL (VALUES ${cases.join(', ')}) AS m(rule_id, hit) WHERE a."orgId" = $1 AND m.hit),
      desired AS (SELECT DISTINCT h.account_id, tg.territory_id FROM hits h JOIN targets tg ON tg.rule_id = h.rule_id),
      ins AS (
        INSERT INTO object_territory_association (id, "orgId", "accountId", "territoryId", "associationCause", "createdDate", "lastModifiedDate")
        SELECT ${derivedUuidSql('$4', `d.account_id::text || ':' || d.territory_id::text`)}, $1, d.account_id, d.territory_id, 'TERRITORY_RULE', $3::timestamptz, $3::timestamptz
        FROM desired d ORDER BY d.account_id, d.territory_id
        RETURNING 1)
    SELECT count(*)::int AS n FROM ins`,
    p.values,
  )) as Array<{ n: number }>;
  await ctx.em.query(`UPDATE territory_model SET "lastRunRulesEndDate" = $2 WHERE id = $1`, [model.id, RUN_AT.toISOString()]);

  // Territory teams, and a monthly quota per sales rep and territory for the current quarter.
  const team: Array<Row<UserTerritoryAssociation>> = TEAM.map(([user, name, role]) => ({
    id: r.uuid(), ...stamp, userId: ctx.users[user].id, territoryId: territory(name), roleInTerritory: role, isActive: true,
  }));
  await bulkInsert(ctx.em, UserTerritoryAssociation, team);
  const quotas: Array<Row<ForecastingQuota>> = TEAM.filter(([, , role]) => role === 'Sales Rep').flatMap(([user, name]) => {
    const monthly = roundTo(r.int(60_000, 160_000), 5_000);
    return quarterMonths(ctx.dates).map((startDate) => ({
      id: r.uuid(), ...stamp, quotaOwnerId: ctx.users[user].id, territoryId: territory(name), startDate, quotaAmount: monthly,
    }));
  });
  await bulkInsert(ctx.em, ForecastingQuota, quotas);
  return { rules: rules.length, ruleItems: items.length, accountAssignments, userAssignments: team.length, quotas: quotas.length };
}
