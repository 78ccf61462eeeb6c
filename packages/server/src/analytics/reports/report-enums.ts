import { registerEnumType } from 'type-graphql';

/** The report types: what a report reads, and the joins behind it. */
export enum ReportTypeName {
  opportunities = 'opportunities',
  opportunitiesWithCompetitors = 'opportunitiesWithCompetitors',
  leads = 'leads',
  accountsWithTerritories = 'accountsWithTerritories',
  contacts = 'contacts',
  campaignsWithMembers = 'campaignsWithMembers',
  cases = 'cases',
  activities = 'activities',
  reports = 'reports',
}
registerEnumType(ReportTypeName, {
  name: 'ReportTypeName',
  description: 'What a report reads. Each type is a fixed set of fields and joins (Salesforce report types).',
  valuesConfig: {
    opportunities: { description: 'Opportunities with their account, owner and primary campaign.' },
    opportunitiesWithCompetitors: { description: 'One row per opportunity and competitor: opportunities with a competitor, with the Competitor record.' },
    leads: { description: 'Leads with their owner.' },
    accountsWithTerritories: { description: 'One row per account and territory it is assigned to (accounts without a territory once, territory blank).' },
    contacts: { description: 'Contacts with their account and owner.' },
    campaignsWithMembers: { description: 'One row per campaign member, with the campaign and the lead or contact.' },
    cases: { description: 'Cases with account, contact and owner (blank owner: waiting in a queue).' },
    activities: { description: 'Tasks and events, one row each (activityType tells which).' },
    reports: { description: 'The saved reports themselves: who runs what, and how often.' },
  },
});

export enum ReportFieldType {
  STRING = 'STRING',
  PICKLIST = 'PICKLIST',
  NUMBER = 'NUMBER',
  CURRENCY = 'CURRENCY',
  PERCENT = 'PERCENT',
  DATE = 'DATE',
  DATETIME = 'DATETIME',
  BOOLEAN = 'BOOLEAN',
  ID = 'ID',
}
registerEnumType(ReportFieldType, { name: 'ReportFieldType', description: 'Data type of a report field: decides the operators, aggregates and buckets it takes.' });

export enum ReportFilterOperator {
  equals = 'equals',
  notEqual = 'notEqual',
  lessThan = 'lessThan',
  greaterThan = 'greaterThan',
  lessOrEqual = 'lessOrEqual',
  greaterOrEqual = 'greaterOrEqual',
  contains = 'contains',
  notContain = 'notContain',
  startsWith = 'startsWith',
  in = 'in',
}
registerEnumType(ReportFilterOperator, {
  name: 'ReportFilterOperator',
  description: 'Filter operators (Salesforce report filters). Comma-separated values (or `values`) are ORed; notEqual and notContain exclude all of them.',
  valuesConfig: {
    equals: { description: 'Equal (text case-insensitive). No value = blank (null or empty text). A date literal (THIS_MONTH) = within its range.' },
    notEqual: { description: 'Not equal; blanks match. No value = "not equal to (blank)": has a value.' },
    lessThan: { description: 'Numbers and dates: before the value (a date literal: before its range).' },
    greaterThan: { description: 'Numbers and dates: after the value (a date literal: after its range).' },
    lessOrEqual: { description: 'Numbers and dates: up to and including the value (or the end of the literal range).' },
    greaterOrEqual: { description: 'Numbers and dates: from the value (or the start of the literal range) on.' },
    contains: { description: 'Text contains any of the values, case-insensitive.' },
    notContain: { description: 'Text contains none of the values, case-insensitive; blanks match.' },
    startsWith: { description: 'Text starts with any of the values, case-insensitive.' },
    in: { description: 'Equal to one of `values` (or the comma-separated value).' },
  },
});

export enum ReportAggregateFunction {
  COUNT = 'COUNT',
  SUM = 'SUM',
  AVG = 'AVG',
  MIN = 'MIN',
  MAX = 'MAX',
}
registerEnumType(ReportAggregateFunction, {
  name: 'ReportAggregateFunction',
  description: 'Summary of a group. On a BOOLEAN field SUM counts the true rows and AVG is the share of true rows in percent (0-100): AVG(isWon) over closed opportunities is the win rate (won ÷ closed).',
  valuesConfig: {
    COUNT: { description: 'Rows in the group (with a field: rows where it has a value).' },
    SUM: { description: 'Sum of the field (numbers; BOOLEAN: rows where true). Blanks are ignored.' },
    AVG: { description: 'Average of the field over rows where it has a value (BOOLEAN: share of true rows in percent, 0-100).' },
    MIN: { description: 'Smallest value (numbers, dates: as epoch milliseconds for dates).' },
    MAX: { description: 'Largest value (numbers, dates: as epoch milliseconds for dates).' },
  },
});

export enum ReportFormat {
  TABULAR = 'TABULAR',
  SUMMARY = 'SUMMARY',
  MATRIX = 'MATRIX',
}
registerEnumType(ReportFormat, {
  name: 'ReportFormat',
  description: 'TABULAR: rows only. SUMMARY: grouped down (1-2 groupings) with subtotals. MATRIX: grouped down and across.',
});

export enum ReportFolderAccess {
  PRIVATE = 'PRIVATE',
  PUBLIC = 'PUBLIC',
  SHARED = 'SHARED',
}
registerEnumType(ReportFolderAccess, {
  name: 'ReportFolderAccess',
  description: 'PRIVATE: the owner only (and admins). PUBLIC: everyone in the organisation views. SHARED: the owner and the users it is shared with.',
});

export enum ReportFolderAccessLevel {
  VIEW = 'VIEW',
  EDIT = 'EDIT',
  NONE = 'NONE',
}
registerEnumType(ReportFolderAccessLevel, {
  name: 'ReportFolderAccessLevel',
  description: 'A folder share: VIEW runs the reports, EDIT also saves, changes and deletes them; NONE (in shareReportFolder) removes the share.',
});
