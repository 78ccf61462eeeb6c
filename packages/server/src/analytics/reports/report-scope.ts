import { Field, ID, InputType } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { assertId, badInput } from '../../common/errors';
import { dimensionConditions } from '../kpis/kpi-filter';

@InputType('ReportScopeInput', {
  description: 'The report\'s Show Me scope and territory filter (Salesforce\'s standard report filters): whose records and which territory\'s. It narrows what the caller may see, never widens it.',
})
export class ReportScope {
  @Field(() => ID, { nullable: true, description: 'Show Me: records owned by this user ("My ..." for your own id); with team, this user\'s team.' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Show Me "My Team\'s ...": the owner (ownerId, default you) and everyone below them in the manager hierarchy.' })
  team?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Territory: records whose account is assigned to this territory or one below it (accounts: the account itself; leads: their converted account).' })
  territoryId?: string | null;
}

/** Per branch of a report type (or one for all): the SQL of its owner and of its account id. */
export type BranchSql = string | Record<string, string>;
export interface ScopeColumns {
  owner?: BranchSql;
  account?: BranchSql;
}

/** A scope checked against the report type: ids are UUIDs, each dimension one the type has. */
export interface CompiledScope {
  ownerId: string | null;
  team: boolean;
  territoryId: string | null;
}

/** null when the scope narrows nothing. */
export function compileScope(cols: ScopeColumns | undefined, label: string, s: ReportScope | null | undefined): CompiledScope | null {
  const ownerId = s?.ownerId ? assertId(s.ownerId, 'scope.ownerId') : null;
  const territoryId = s?.territoryId ? assertId(s.territoryId, 'scope.territoryId') : null;
  const team = !!s?.team;
  if ((ownerId || team) && !cols?.owner) throw badInput(ownerId ? 'scope.ownerId' : 'scope.team', `${label} reports have no owner to scope by`);
  if (territoryId && !cols?.account) throw badInput('scope.territoryId', `${label} reports have no account to scope by territory`);
  return ownerId || team || territoryId ? { ownerId, team, territoryId } : null;
}

const inBranch = (sql: BranchSql | undefined, branch: string) => (sql == null ? null : typeof sql === 'string' ? sql : sql[branch] ?? null);

/** The scope's conditions on one branch, exactly as a KpiFilter's (owner / team / territory). */
export function scopeConditions(ctx: RequestContext, scope: CompiledScope, cols: ScopeColumns | undefined, branch: string) {
  const owner = inBranch(cols?.owner, branch);
  const account = inBranch(cols?.account, branch);
  const { where, params } = dimensionConditions(ctx, { ...scope, period: null, campaignId: null }, { owner: () => owner, account: () => account, campaign: () => null }, '');
  // A branch without the column has none of the scope's records (never: all of them).
  if (((scope.ownerId || scope.team) && !owner) || (scope.territoryId && !account)) where.push('false');
  return { where, params };
}

/** Whether a table with these columns can apply the scope (a summary without accounts cannot narrow by territory). */
export const scopeFits = (scope: CompiledScope | null, cols: ScopeColumns | undefined) =>
  !scope || ((!(scope.ownerId || scope.team) || !!cols?.owner) && (!scope.territoryId || !!cols?.account));
