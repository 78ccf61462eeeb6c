import type { RequestContext } from '../api/request-context';
import { assertId, forbidden, notFound } from '../common/errors';
import { TERRITORY_WRITE_ROLES } from './model-lock';
import { compileRule, SqlParams, type RuleItemInput } from './rule-filter';
import { TerritoryModel, TerritoryModelState as State } from './territory-model.entity';
import type { AssignmentRunResult } from './territory-metrics.types';

interface CompiledRule {
  id: string;
  booleanFilter: string | null;
  items: RuleItemInput[];
}

const balance = (alias: string) =>
  `json_build_object('accountCount', coalesce(${alias}.n, 0), 'totalAnnualRevenue', coalesce(${alias}.rev, 0),
     'totalEmployees', coalesce(${alias}.emp, 0), 'openPipeline', coalesce(${alias}.pipe, 0))`;

/**
 * What the model's ($1, org $2) active rules want: `desired` holds every (account, territory) pair
 * they produce (a rule applies to the territories it is attached to and, when inherited, to all
 * their descendants); `cur` the model's stored assignments, of one account when `account` is given
 * (a uuid[] parameter, as `hits` must then be). `removed` and `added` make the rule assignments exactly
 * `desired` (manual ones stay): a DELETE and an INSERT when writing, plain SELECTs in a preview.
 */
function changeCtes(hits: string, write: boolean, accounts?: string): string {
  const gone = `cur.cause = 'TERRITORY_RULE' AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.account_id = cur.account_id AND d.territory_id = cur.territory_id)`;
  const fresh = `NOT EXISTS (SELECT 1 FROM cur WHERE cur.account_id = d.account_id AND cur.territory_id = d.territory_id)`;
  const removed = write
    ? `DELETE FROM object_territory_association o USING cur WHERE o.id = cur.id AND ${gone} RETURNING o.id`
    : `SELECT cur.id FROM cur WHERE ${gone}`;
  const added = write
    ? `INSERT INTO object_territory_association ("orgId", "accountId", "territoryId", "associationCause")
       SELECT $2::uuid, d.account_id, d.territory_id, 'TERRITORY_RULE' FROM desired d WHERE ${fresh} ON CONFLICT DO NOTHING RETURNING id`
    : `SELECT 1 FROM desired d WHERE ${fresh}`;
  return `
  targets(rule_id, territory_id, inherited) AS (
    SELECT l."ruleId", l."territoryId", l."isInherited" FROM rule_territory_association l
    JOIN territory_assignment_rule r ON r.id = l."ruleId" WHERE r."modelId" = $1 AND r."isActive"
    UNION SELECT tg.rule_id, c.id, true FROM targets tg JOIN territory c ON c."parentId" = tg.territory_id WHERE tg.inherited),
  hits(account_id, rule_id) AS (${hits}),
  desired AS (SELECT DISTINCT h.account_id, tg.territory_id FROM hits h JOIN targets tg ON tg.rule_id = h.rule_id),
  cur AS (SELECT o.id, o."accountId" AS account_id, o."territoryId" AS territory_id, o."associationCause" AS cause
          FROM object_territory_association o JOIN territory t ON t.id = o."territoryId"
          WHERE t."modelId" = $1${accounts ? ` AND o."accountId" = ANY(${accounts}::uuid[])` : ''}),
  removed AS (${removed}),
  added AS (${added})`;
}

/**
 * The whole run with its report as one statement. Everything but `removed` and `added` reads the
 * snapshot from before the writes. $1 model, $2 org, $3 whether the model is the active one, $4
 * the cap on listed moves.
 */
function runSql(hits: string, write: boolean): string {
  return `
WITH RECURSIVE ${changeCtes(hits, write)},
  after AS (SELECT account_id, territory_id FROM cur WHERE cause = 'TERRITORY_MANUAL' UNION SELECT account_id, territory_id FROM desired),
  active_cur AS (SELECT o."accountId" AS account_id, t.id AS territory_id, t.name FROM object_territory_association o
          JOIN territory t ON t.id = o."territoryId" JOIN territory_model m ON m.id = t."modelId" WHERE m."orgId" = $2 AND m.state = 'ACTIVE'),
  from_set AS (SELECT account_id, array_agg(territory_id ORDER BY name, territory_id) AS ids, array_agg(name ORDER BY name) AS names
          FROM active_cur GROUP BY account_id),
  to_set AS (SELECT x.account_id, array_agg(t.id ORDER BY t.name, t.id) AS ids, array_agg(t.name ORDER BY t.name) AS names
          FROM after x JOIN territory t ON t.id = x.territory_id GROUP BY x.account_id),
  moves AS (SELECT coalesce(f.account_id, s.account_id) AS account_id, coalesce(f.ids, '{}') AS from_ids, coalesce(s.ids, '{}') AS to_ids
          FROM from_set f FULL JOIN to_set s ON s.account_id = f.account_id
          WHERE CASE WHEN $3 THEN f.ids IS DISTINCT FROM s.ids ELSE f.names IS DISTINCT FROM s.names END),
  moves_page AS (SELECT mv.*, a.name, a.id FROM moves mv JOIN account a ON a.id = mv.account_id ORDER BY a.name, a.id LIMIT $4),
  pipe AS (SELECT op."accountId" AS account_id, sum(op.amount) AS amount FROM opportunity op
          WHERE op."orgId" = $2 AND NOT op."isClosed" AND op."accountId" IS NOT NULL GROUP BY op."accountId"),
  bal AS (SELECT x.territory_id, x.phase, count(*) AS n, sum(a."annualRevenue") AS rev, sum(a."numberOfEmployees") AS emp, sum(p.amount) AS pipe
          FROM (SELECT account_id, territory_id, 'before' AS phase FROM cur UNION ALL SELECT account_id, territory_id, 'after' FROM after) x
          JOIN account a ON a.id = x.account_id LEFT JOIN pipe p ON p.account_id = x.account_id GROUP BY x.territory_id, x.phase)
SELECT (SELECT count(*) FROM account WHERE "orgId" = $2)::int AS "accountsEvaluated",
  (SELECT count(*) FROM added)::int AS "assignmentsAdded",
  (SELECT count(*) FROM removed)::int AS "assignmentsRemoved",
  (SELECT count(DISTINCT account_id) FROM after)::int AS "accountsAssigned",
  (SELECT count(*) FROM moves)::int AS "movesTotalCount",
  (SELECT coalesce(json_agg(json_build_object('accountId', account_id, 'fromTerritoryIds', from_ids, 'toTerritoryIds', to_ids) ORDER BY name, id), '[]')
     FROM moves_page) AS moves,
  (SELECT coalesce(json_agg(json_build_object('territoryId', t.id, 'before', ${balance('b')}, 'after', ${balance('f')}) ORDER BY t.name, t.id), '[]')
     FROM territory t LEFT JOIN bal b ON b.territory_id = t.id AND b.phase = 'before'
     LEFT JOIN bal f ON f.territory_id = t.id AND f.phase = 'after' WHERE t."modelId" = $1) AS territories`;
}

/** The (account, rule) pairs that match: the org's accounts, or those the `accounts` array names. */
function hitsSql(rules: CompiledRule[], p: SqlParams, accounts?: string): string {
  const cases = rules.map((r) => `(${p.add(r.id)}::uuid, ${compileRule(r.items, r.booleanFilter, 'a', p)})`);
  if (!cases.length) return `SELECT NULL::uuid, NULL::uuid WHERE false`;
  return `SELECT a.id, m.rule_id FROM account a CROSS JOIN LATERAL (VALUES ${cases.join(', ')}) AS m(rule_id, hit)
    WHERE a."orgId" = $2${accounts ? ` AND a.id = ANY(${accounts}::uuid[])` : ''} AND m.hit`;
}

/** Active rules of a model with their items, when attached to a territory. */
const rulesOf = (model: string) => `
  SELECT r.id, r."booleanFilter", json_agg(json_build_object('field', i.field, 'operator', i.operator, 'value', i.value) ORDER BY i."sortOrder") AS items
  FROM territory_assignment_rule r JOIN territory_rule_item i ON i."ruleId" = r.id
  WHERE r."modelId" = ${model} AND r."isActive" AND EXISTS (SELECT 1 FROM rule_territory_association l WHERE l."ruleId" = r.id)
  GROUP BY r.id`;

export interface AssignmentCounts {
  added: number;
  removed: number;
}

/** Runs (ACTIVE model) or previews (PLANNING model, or on request) the model's assignment rules. */
export class AssignmentRunService {
  async run(ctx: RequestContext, modelId: string, opts: { preview: boolean; movesLimit: number }): Promise<AssignmentRunResult> {
    if (!TERRITORY_WRITE_ROLES.includes(ctx.user.role)) throw forbidden('Your role cannot run territory assignment rules');
    return ctx.transaction(async () => {
      // The exclusive lock serialises runs of one model and keeps its state still meanwhile.
      const model = await ctx.em
        .getRepository(TerritoryModel)
        .createQueryBuilder('m')
        .where('m.id = :id AND m."orgId" = :orgId', { id: assertId(modelId, 'modelId'), orgId: ctx.orgId })
        .setLock(opts.preview ? 'pessimistic_read' : 'pessimistic_write')
        .getOne();
      if (!model) throw notFound('TerritoryModel', modelId, 'modelId');
      if (model.state === State.ARCHIVED) throw forbidden(`Territory model "${model.name}" is archived and read-only`, { field: 'modelId' });
      const write = !opts.preview && model.state === State.ACTIVE;
      const p = new SqlParams([model.id, ctx.orgId, model.state === State.ACTIVE, Math.max(0, Math.min(opts.movesLimit, 500))]);
      const hits = hitsSql(await this.activeRules(ctx, model.id), p);
      const [r] = await ctx.em.query(runSql(hits, write), p.values);
      if (write) await ctx.em.update(TerritoryModel, { id: model.id }, { lastRunRulesEndDate: new Date() });
      return { ...r, modelId: model.id, isPreview: !write, accountsWithoutTerritory: r.accountsEvaluated - r.accountsAssigned };
    });
  }

  /**
   * Writes the rules' assignments for every account, like a run but without its report; the
   * caller holds the model's lock and checks roles (model activation).
   */
  async assignAll(ctx: RequestContext, modelId: string): Promise<AssignmentCounts> {
    return this.assign(ctx, modelId, await this.activeRules(ctx, modelId));
  }

  /**
   * Re-evaluates one account against the ACTIVE model's rules (Salesforce: on account save), in
   * the caller's transaction; null without an active model. The shared advisory lock waits for
   * a model state change in progress (see TerritoryModelService), the row lock for a run.
   */
  async realignAccount(ctx: RequestContext, accountId: string): Promise<AssignmentCounts | null> {
    return this.realignAccounts(ctx, [accountId]);
  }

  /** Like realignAccount for a set of accounts (bulk writes): the same three statements for any number. */
  async realignAccounts(ctx: RequestContext, accountIds: readonly string[]): Promise<AssignmentCounts | null> {
    if (!accountIds.length) return null;
    await ctx.em.query(`SELECT pg_advisory_xact_lock_shared(hashtext('territory_model'), hashtext($1))`, [ctx.orgId]);
    const [model]: Array<{ id: string; rules: CompiledRule[] }> = await ctx.em.query(
      `WITH m AS (SELECT id FROM territory_model WHERE "orgId" = $1 AND state = 'ACTIVE' FOR SHARE)
       SELECT m.id, (SELECT coalesce(json_agg(x ORDER BY x.id), '[]') FROM (${rulesOf('m.id')}) x) AS rules FROM m`,
      [ctx.orgId],
    );
    return model ? this.assign(ctx, model.id, model.rules, accountIds) : null;
  }

  /** One statement: the rule assignments of the model (of the given accounts only) become what the rules want. */
  private async assign(ctx: RequestContext, modelId: string, rules: CompiledRule[], accountIds?: readonly string[]): Promise<AssignmentCounts> {
    const p = new SqlParams([modelId, ctx.orgId]);
    const accounts = accountIds ? p.add([...accountIds]) : undefined;
    const [r] = await ctx.em.query(
      `WITH RECURSIVE ${changeCtes(hitsSql(rules, p, accounts), true, accounts)}
       SELECT (SELECT count(*) FROM added)::int AS added, (SELECT count(*) FROM removed)::int AS removed`,
      p.values,
    );
    return r;
  }

  /** Active rules of the model with their items, in one statement. */
  private async activeRules(ctx: RequestContext, modelId: string): Promise<CompiledRule[]> {
    return ctx.em.query(`${rulesOf('$1')} ORDER BY r.id`, [modelId]);
  }
}

export const assignmentRunService = new AssignmentRunService();
