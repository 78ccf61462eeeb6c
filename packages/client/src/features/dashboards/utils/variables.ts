import type { ComponentSettings } from './settings';

/** The dashboard filter values the viewer chose (URL), by filter name: period, team, territory. */
export type FilterValues = Record<string, string>;

/** KpiFilter from the dashboard filters; team = a manager's id (them and everyone under them) or "true" (the viewer's team). */
export function kpiFilter(values: FilterValues): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (values.period) filter.period = values.period;
  if (values.team) {
    filter.team = true;
    if (values.team !== 'true' && values.team !== 'team') filter.ownerId = values.team;
  }
  if (values.territory) filter.territoryId = values.territory;
  return filter;
}

/** Variables of a component's document: `$filter` (KPI documents) and/or `$filters` (report documents). */
export function componentVariables(declared: Set<string>, values: FilterValues, settings: ComponentSettings): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  if (declared.has('filter')) vars.filter = kpiFilter(values);
  if (declared.has('filters')) vars.filters = values.period && settings.periodField ? [{ field: settings.periodField, operator: 'equals', value: values.period }] : [];
  return vars;
}
