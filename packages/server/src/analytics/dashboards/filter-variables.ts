import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { assertId } from '../../common/errors';
import { analyticsToday, resolveDateLiteral } from '../relative-dates';
import type { DashboardComponent, DashboardFilter } from './dashboard.entity';

export interface DashboardFilterValues {
  period?: string | null;
  team?: string | null;
  territory?: string | null;
}

/**
 * The variables a component runs with under the dashboard's filters (the viewer's choice, else
 * each filter's default), by the variables its document declares. `$filter` (KPI components):
 * a KpiFilter (period; team = a manager and everyone under them; territoryId with its children).
 * Report components: `$filters`, [ReportFilterInput!] with the period on the date field the
 * settings name (`periodField`, default closeDate); `$scope`, a ReportScopeInput with the team
 * (ownerId + team) and the territory, the same records as the KpiFilter's.
 */
export function componentVariables(component: DashboardComponent, filters: DashboardFilter[], chosen: DashboardFilterValues = {}): Record<string, unknown> {
  const value = (name: keyof DashboardFilterValues) => {
    if (!filters.some((f) => f.name === name)) return null;
    return chosen[name] || filters.find((f) => f.name === name)?.defaultValue || null;
  };
  const period = value('period');
  const team = value('team');
  const territory = value('territory');
  // Only checked here (valid whatever the fiscal year start): the KPI or report resolves it with the organisation's.
  if (period) resolveDateLiteral(period, analyticsToday(), { field: 'period' });
  const declared = declaredVariables(component.document);
  // Team and territory as KpiFilter and ReportScopeInput both name them.
  const dims = () => ({
    ...(team ? { ownerId: assertId(team, 'team'), team: true } : {}),
    ...(territory ? { territoryId: assertId(territory, 'territory') } : {}),
  });
  if (declared.has('filters') || declared.has('scope')) {
    const vars: Record<string, unknown> = {};
    const settings = component.settings ? (JSON.parse(component.settings) as { periodField?: string }) : {};
    if (period && declared.has('filters')) vars.filters = [{ field: settings.periodField ?? 'closeDate', operator: 'equals', value: period }];
    if (declared.has('scope') && (team || territory)) vars.scope = dims();
    return vars;
  }
  return declared.has('filter') ? { filter: { ...(period ? { period } : {}), ...dims() } } : {};
}

const declaredCache = new Map<string, Set<string>>();

function declaredVariables(document: string): Set<string> {
  let names = declaredCache.get(document);
  if (!names) {
    const op = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    names = new Set((op?.variableDefinitions ?? []).map((v) => v.variable.name.value));
    if (declaredCache.size > 1000) declaredCache.clear();
    declaredCache.set(document, names);
  }
  return names;
}
