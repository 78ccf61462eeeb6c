import { badInput } from '../../common/errors';
import { ReportTypeName } from './report-enums';
import type { ReportTypeDef } from './report-type-def';
import { accountsWithTerritories, contacts, leads, opportunities, opportunitiesWithCompetitors } from './report-types-sales';
import { activities, campaignsWithMembers, cases, reports } from './report-types-other';

/** Every report type, in the order the report builder lists them. */
export const REPORT_TYPES: readonly ReportTypeDef[] = [
  opportunities, opportunitiesWithCompetitors, leads, accountsWithTerritories, contacts, campaignsWithMembers, cases, activities, reports,
];

const BY_NAME = new Map<string, ReportTypeDef>(REPORT_TYPES.map((t) => [t.name, t]));

export function reportTypeDef(name: ReportTypeName | string, field = 'reportType'): ReportTypeDef {
  const t = BY_NAME.get(name);
  if (!t) throw badInput(field, `${String(name).slice(0, 60)} is not a report type; use one of ${[...BY_NAME.keys()].join(', ')}`);
  return t;
}
