/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Adds everyone a list-view filter matches; at least one of the filters ({} matches everyone you can see). */
export type AddCampaignMembersFromFilterInput = {
  campaignId: string | number;
  /** Contacts to add; omit to add no contacts. */
  contactFilter?: ContactFilter | null | undefined;
  /** Leads to add (converted leads are never added); omit to add no leads. */
  leadFilter?: LeadFilter | null | undefined;
  /** A label of the campaign's member statuses; anything else (or nothing) gives the campaign's default status. */
  status?: string | null | undefined;
};

export type AddCampaignMembersInput = {
  campaignId: string | number;
  contactIds?: Array<string | number> | null | undefined;
  leadIds?: Array<string | number> | null | undefined;
  /** A label of the campaign's member statuses; anything else (or nothing) gives the campaign's default status. */
  status?: string | null | undefined;
};

export type BooleanFilter = {
  eq?: boolean | null | undefined;
  isNull?: boolean | null | undefined;
};

/** Conditions on Campaign records. */
export type CampaignFilter = {
  /** All of these. */
  _and?: Array<CampaignFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<CampaignFilter> | null | undefined;
  actualCost?: NumberFilter | null | undefined;
  budgetedCost?: NumberFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  endDate?: DateFilter | null | undefined;
  expectedResponse?: NumberFilter | null | undefined;
  expectedRevenue?: NumberFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isActive?: BooleanFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  name?: StringFilter | null | undefined;
  numberSent?: NumberFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  parentId?: IdFilter | null | undefined;
  recordTypeId?: IdFilter | null | undefined;
  startDate?: DateFilter | null | undefined;
  status?: StringFilter | null | undefined;
  type?: StringFilter | null | undefined;
};

/** Conditions on CampaignMember records. */
export type CampaignMemberFilter = {
  /** All of these. */
  _and?: Array<CampaignMemberFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<CampaignMemberFilter> | null | undefined;
  campaignId?: IdFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  firstRespondedDate?: DateFilter | null | undefined;
  hasResponded?: BooleanFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  leadId?: IdFilter | null | undefined;
  status?: StringFilter | null | undefined;
};

export type CampaignMemberImportOutcome =
  /** A new member was created. */
  | 'ADDED'
  /** Not imported: see message. */
  | 'ERROR'
  /** Nothing to do: already a member with that status, or the person appears on an earlier row. */
  | 'SKIPPED'
  /** An existing member's status changed. */
  | 'UPDATED';

/** Conditions on Contact records. */
export type ContactFilter = {
  /** All of these. */
  _and?: Array<ContactFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<ContactFilter> | null | undefined;
  accountId?: IdFilter | null | undefined;
  birthdate?: DateFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  department?: StringFilter | null | undefined;
  doNotCall?: BooleanFilter | null | undefined;
  email?: StringFilter | null | undefined;
  firstName?: StringFilter | null | undefined;
  hasOptedOutOfEmail?: BooleanFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  lastName?: StringFilter | null | undefined;
  leadSource?: StringFilter | null | undefined;
  mailingCity?: StringFilter | null | undefined;
  mailingCountry?: StringFilter | null | undefined;
  name?: StringFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  phone?: StringFilter | null | undefined;
  reportsToId?: IdFilter | null | undefined;
  title?: StringFilter | null | undefined;
};

export type CreateCampaignMemberStatusInput = {
  campaignId: string | number;
  /** Members in this status count as responses; a campaign keeps at least one such status. */
  hasResponded?: boolean | null | undefined;
  /** true makes this the default and clears the flag on the others; the default cannot be unset directly. */
  isDefault?: boolean | null | undefined;
  /** Unique within the campaign (case-insensitive). */
  label: string;
  /** Position in the picklist; default: after the last. */
  sortOrder?: number | null | undefined;
};

/** Attaches a rule to a territory of the same model. */
export type CreateRuleTerritoryAssociationInput = {
  /** Default false; true: the rule also assigns to every descendant (isInherited). */
  applyToDescendants?: boolean | null | undefined;
  ruleId: string | number;
  territoryId: string | number;
};

export type CreateTerritoryAssignmentRuleInput = {
  /** e.g. "1 AND (2 OR 3)" (AND, OR, NOT, parentheses); null: all items must match. */
  booleanFilter?: string | null | undefined;
  /** Default true. */
  isActive?: boolean | null | undefined;
  /** 1 to 10 criteria. */
  items: Array<TerritoryRuleItemInput>;
  modelId: string | number;
  name: string;
};

export type DateFilter = {
  /** Strictly after. */
  after?: string | null | undefined;
  /** Strictly before. */
  before?: string | null | undefined;
  /** Inclusive range. */
  between?: DateRange | null | undefined;
  eq?: string | null | undefined;
  isNull?: boolean | null | undefined;
};

export type DateRange = {
  end: string;
  start: string;
};

export type DateTimeFilter = {
  after?: string | null | undefined;
  before?: string | null | undefined;
  between?: DateTimeRange | null | undefined;
  isNull?: boolean | null | undefined;
};

export type DateTimeRange = {
  end: string;
  start: string;
};

export type IdFilter = {
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  isNull?: boolean | null | undefined;
  notEq?: string | number | null | undefined;
  notIn?: Array<string | number> | null | undefined;
};

/** A CSV file with a header row: `email` or `id` (a lead or contact id), optional `status`. */
export type ImportCampaignMembersInput = {
  campaignId: string | number;
  /** The file's text: at most 50,000 data rows and 10 MB. */
  csv: string;
  /** Status of rows without a status. A label of the campaign's member statuses; anything else (or nothing) gives the campaign's default status. */
  defaultStatus?: string | null | undefined;
};

/** Conditions on Lead records. */
export type LeadFilter = {
  /** All of these. */
  _and?: Array<LeadFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<LeadFilter> | null | undefined;
  annualRevenue?: NumberFilter | null | undefined;
  city?: StringFilter | null | undefined;
  company?: StringFilter | null | undefined;
  convertedAccountId?: IdFilter | null | undefined;
  convertedContactId?: IdFilter | null | undefined;
  convertedDate?: DateFilter | null | undefined;
  convertedOpportunityId?: IdFilter | null | undefined;
  country?: StringFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  doNotCall?: BooleanFilter | null | undefined;
  email?: StringFilter | null | undefined;
  firstName?: StringFilter | null | undefined;
  hasOptedOutOfEmail?: BooleanFilter | null | undefined;
  id?: IdFilter | null | undefined;
  industry?: StringFilter | null | undefined;
  isConverted?: BooleanFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  lastName?: StringFilter | null | undefined;
  leadSource?: StringFilter | null | undefined;
  name?: StringFilter | null | undefined;
  numberOfEmployees?: NumberFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  phone?: StringFilter | null | undefined;
  postalCode?: StringFilter | null | undefined;
  rating?: StringFilter | null | undefined;
  state?: StringFilter | null | undefined;
  status?: StringFilter | null | undefined;
  title?: StringFilter | null | undefined;
};

export type NumberFilter = {
  /** Inclusive range. */
  between?: NumberRange | null | undefined;
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  isNull?: boolean | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  notEq?: number | null | undefined;
};

export type NumberRange = {
  end: number;
  start: number;
};

export type OpportunityOrderBy = {
  direction?: SortDirection;
  field: OpportunitySortField;
};

export type OpportunitySortField =
  | 'accountId'
  | 'amount'
  | 'campaignId'
  | 'closeDate'
  | 'competitor'
  | 'contactId'
  | 'createdDate'
  | 'forecastCategoryName'
  | 'id'
  | 'lastModifiedDate'
  | 'leadSource'
  | 'lostReason'
  | 'name'
  | 'nextStep'
  | 'ownerId'
  | 'probability'
  | 'stageName'
  | 'type';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** equals, not equal to, contains (case-insensitive), starts with, in ... */
export type StringFilter = {
  /** Case-insensitive substring match. */
  contains?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** true: the field is blank; false: it is not. */
  isNull?: boolean | null | undefined;
  notContains?: string | null | undefined;
  notEq?: string | null | undefined;
  notIn?: Array<string> | null | undefined;
  /** Case-insensitive prefix match. */
  startsWith?: string | null | undefined;
};

/** PLANNING (new and cloned models) -> ACTIVE (one per organisation) -> ARCHIVED (read-only). */
export type TerritoryModelState =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'PLANNING';

/** One criterion; the n-th item of the list is item n of the boolean filter. */
export type TerritoryRuleItemInput = {
  /** An account field: billingPostalCode, billingCountry, billingState, billingCity, industry, type, rating, name, annualRevenue, numberOfEmployees. */
  field: string;
  /** EQUALS, NOT_EQUALS, IN, STARTS_WITH, CONTAINS, LESS_THAN, GREATER_THAN, LESS_OR_EQUAL, GREATER_OR_EQUAL. */
  operator: string;
  /** Compared case-insensitively for text fields; comma-separated values for IN. */
  value: string;
};

export type UpdateCampaignMemberStatusInput = {
  /** Members in this status count as responses; a campaign keeps at least one such status. */
  hasResponded?: boolean | null | undefined;
  /** true makes this the default and clears the flag on the others; the default cannot be unset directly. */
  isDefault?: boolean | null | undefined;
  /** Renaming also renames the members' status. */
  label?: string | null | undefined;
  /** Position in the picklist; default: after the last. */
  sortOrder?: number | null | undefined;
};

export type UpdateRuleTerritoryAssociationInput = {
  applyToDescendants?: boolean | null | undefined;
};

export type UpdateTerritoryAssignmentRuleInput = {
  booleanFilter?: string | null | undefined;
  isActive?: boolean | null | undefined;
  /** Replaces every item when given. */
  items?: Array<TerritoryRuleItemInput> | null | undefined;
  name?: string | null | undefined;
};

export type UpdateUserInput = {
  email?: string | null | undefined;
  isActive?: boolean | null | undefined;
  languageLocaleKey?: string | null | undefined;
  managerId?: string | number | null | undefined;
  name?: string | null | undefined;
  password?: string | null | undefined;
  role?: UserRole | null | undefined;
  title?: string | null | undefined;
};

/** What a user may do; record visibility also follows the manager hierarchy. */
export type UserRole =
  | 'ADMIN'
  | 'EXECUTIVE'
  | 'MARKETING_USER'
  | 'SALES_MANAGER'
  | 'SALES_REP'
  | 'SERVICE_AGENT';

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { me: { id: string, name: string, email: string, role: UserRole } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, name: string, email: string, role: UserRole } } };

export type CampaignCalendarQueryVariables = Exact<{
  start: string;
  end: string;
  filter?: CampaignFilter | null | undefined;
}>;


export type CampaignCalendarQuery = { campaignCalendar: Array<{ id: string, name: string, status: string, type: string | null, startDate: string | null, endDate: string | null, isActive: boolean }> };

export type CampaignDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignDetailQuery = { campaign: { id: string, name: string, type: string | null, status: string, startDate: string | null, endDate: string | null, expectedResponse: number | null, isActive: boolean, description: string | null, depth: number, numberOfLeads: number, numberOfConvertedLeads: number, numberOfContacts: number, numberOfResponses: number, numberOfOpportunities: number, numberOfWonOpportunities: number, amountAllOpportunities: number, amountWonOpportunities: number, hierarchyNumberOfLeads: number, hierarchyNumberOfConvertedLeads: number, hierarchyNumberOfContacts: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyNumberOfWonOpportunities: number, hierarchyAmountAllOpportunities: number, hierarchyAmountWonOpportunities: number, budgetedCost: number | null, actualCost: number | null, expectedRevenue: number | null, numberSent: number | null, hierarchyBudgetedCost: number, hierarchyActualCost: number, hierarchyExpectedRevenue: number, hierarchyNumberSent: number, owner: { id: string, name: string }, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }>, memberStatuses: Array<{ id: string, label: string, hasResponded: boolean, isDefault: boolean, sortOrder: number }> } };

export type CampaignStatisticsQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignStatisticsQuery = { campaign: { id: string, numberOfLeads: number, numberOfConvertedLeads: number, numberOfContacts: number, numberOfResponses: number, numberOfOpportunities: number, numberOfWonOpportunities: number, amountAllOpportunities: number, amountWonOpportunities: number, hierarchyNumberOfLeads: number, hierarchyNumberOfConvertedLeads: number, hierarchyNumberOfContacts: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyNumberOfWonOpportunities: number, hierarchyAmountAllOpportunities: number, hierarchyAmountWonOpportunities: number, budgetedCost: number | null, actualCost: number | null, expectedRevenue: number | null, numberSent: number | null, hierarchyBudgetedCost: number, hierarchyActualCost: number, hierarchyExpectedRevenue: number, hierarchyNumberSent: number, ancestors: Array<{ id: string, numberOfContacts: number, numberOfResponses: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyAmountWonOpportunities: number }> } };

export type CampaignRollupsFragment = { id: string, numberOfContacts: number, numberOfResponses: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyAmountWonOpportunities: number };

export type CampaignTreeRowFragment = { name: string, status: string, type: string | null, id: string, numberOfContacts: number, numberOfResponses: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyAmountWonOpportunities: number, children: Array<{ id: string }> };

export type CampaignStatsFragment = { id: string, numberOfLeads: number, numberOfConvertedLeads: number, numberOfContacts: number, numberOfResponses: number, numberOfOpportunities: number, numberOfWonOpportunities: number, amountAllOpportunities: number, amountWonOpportunities: number, hierarchyNumberOfLeads: number, hierarchyNumberOfConvertedLeads: number, hierarchyNumberOfContacts: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyNumberOfWonOpportunities: number, hierarchyAmountAllOpportunities: number, hierarchyAmountWonOpportunities: number, budgetedCost: number | null, actualCost: number | null, expectedRevenue: number | null, numberSent: number | null, hierarchyBudgetedCost: number, hierarchyActualCost: number, hierarchyExpectedRevenue: number, hierarchyNumberSent: number };

export type CampaignMemberStatusFieldsFragment = { id: string, label: string, hasResponded: boolean, isDefault: boolean, sortOrder: number };

export type CampaignMemberRowFragment = { id: string, name: string | null, email: string | null, type: string, status: string, hasResponded: boolean, firstRespondedDate: string | null, companyOrAccount: string | null };

export type CampaignMembersQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: CampaignMemberFilter | null | undefined;
}>;


export type CampaignMembersQuery = { campaign: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string | null, email: string | null, type: string, status: string, hasResponded: boolean, firstRespondedDate: string | null, companyOrAccount: string | null }> } } };

export type UpdateCampaignMemberStatusMutationVariables = Exact<{
  id: string | number;
  status: string;
}>;


export type UpdateCampaignMemberStatusMutation = { updateCampaignMember: { id: string, name: string | null, email: string | null, type: string, status: string, hasResponded: boolean, firstRespondedDate: string | null, companyOrAccount: string | null } };

export type DeleteCampaignMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCampaignMemberMutation = { deleteCampaignMember: string };

export type CampaignTreeRootsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CampaignTreeRootsQuery = { campaigns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string, status: string, type: string | null, id: string, numberOfContacts: number, numberOfResponses: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyAmountWonOpportunities: number, children: Array<{ id: string }> }> } };

export type CampaignTreeChildrenQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignTreeChildrenQuery = { campaign: { id: string, children: Array<{ name: string, status: string, type: string | null, id: string, numberOfContacts: number, numberOfResponses: number, hierarchyNumberOfResponses: number, hierarchyNumberOfOpportunities: number, hierarchyAmountWonOpportunities: number, children: Array<{ id: string }> }> } };

export type ImportCampaignMembersMutationVariables = Exact<{
  input: ImportCampaignMembersInput;
}>;


export type ImportCampaignMembersMutation = { importCampaignMembers: { total: number, added: number, updated: number, skipped: number, errors: number, rows: Array<{ row: number, email: string | null, id: string | null, type: string | null, outcome: CampaignMemberImportOutcome, memberId: string | null, message: string | null }> } };

export type CampaignLeadCandidatesQueryVariables = Exact<{
  filter: LeadFilter;
  first: number;
  campaignId: string | number;
}>;


export type CampaignLeadCandidatesQuery = { leads: { totalCount: number, nodes: Array<{ id: string, name: string, email: string | null, company: string, city: string | null, leadSource: string | null, membership: { totalCount: number } }> } };

export type CampaignContactCandidatesQueryVariables = Exact<{
  filter: ContactFilter;
  first: number;
  campaignId: string | number;
}>;


export type CampaignContactCandidatesQuery = { contacts: { totalCount: number, nodes: Array<{ id: string, name: string, email: string | null, mailingCity: string | null, leadSource: string | null, account: { id: string, name: string } | null, membership: { totalCount: number } }> } };

export type CampaignCandidateAccountsQueryVariables = Exact<{
  name: string;
  first: number;
}>;


export type CampaignCandidateAccountsQuery = { accounts: { totalCount: number, nodes: Array<{ id: string }> } };

export type AddCampaignMembersMutationVariables = Exact<{
  input: AddCampaignMembersInput;
}>;


export type AddCampaignMembersMutation = { addCampaignMembers: { added: number, skipped: number } };

export type AddCampaignMembersFromFilterMutationVariables = Exact<{
  input: AddCampaignMembersFromFilterInput;
}>;


export type AddCampaignMembersFromFilterMutation = { addCampaignMembersFromFilter: { added: number, skipped: number } };

export type CreateCampaignMemberStatusMutationVariables = Exact<{
  input: CreateCampaignMemberStatusInput;
}>;


export type CreateCampaignMemberStatusMutation = { createCampaignMemberStatus: { id: string, label: string, hasResponded: boolean, isDefault: boolean, sortOrder: number, campaign: { id: string, memberStatuses: Array<{ id: string, label: string, hasResponded: boolean, isDefault: boolean, sortOrder: number }> } } };

export type UpdateCampaignMemberStatusDefinitionMutationVariables = Exact<{
  id: string | number;
  input: UpdateCampaignMemberStatusInput;
}>;


export type UpdateCampaignMemberStatusDefinitionMutation = { updateCampaignMemberStatus: { id: string, label: string, hasResponded: boolean, isDefault: boolean, sortOrder: number, campaign: { id: string, memberStatuses: Array<{ id: string, label: string, hasResponded: boolean, isDefault: boolean, sortOrder: number }> } } };

export type DeleteCampaignMemberStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCampaignMemberStatusMutation = { deleteCampaignMemberStatus: string };

export type MyOpportunitiesQueryVariables = Exact<{
  ownerId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: Array<OpportunityOrderBy> | OpportunityOrderBy | null | undefined;
}>;


export type MyOpportunitiesQuery = { opportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, probability: number | null, account: { id: string, name: string } | null, owner: { id: string, name: string } }> } };

export type OpportunitiesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesViewerQuery = { me: { id: string } };

export type AccountsWithoutTerritoryQueryVariables = Exact<{
  modelId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AccountsWithoutTerritoryQuery = { accountsWithoutTerritory: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, billingCity: string | null, billingCountry: string | null, type: string | null, annualRevenue: number | null, owner: { id: string, name: string } }> } };

export type PreviewAssignmentRulesQueryVariables = Exact<{
  modelId: string | number;
  movesLimit: number;
}>;


export type PreviewAssignmentRulesQuery = { previewAssignmentRules: { modelId: string, isPreview: boolean, accountsEvaluated: number, assignmentsAdded: number, assignmentsRemoved: number, accountsAssigned: number, accountsWithoutTerritory: number, movesTotalCount: number, moves: Array<{ accountId: string, account: { id: string, name: string, billingCountry: string | null } | null, fromTerritories: Array<{ id: string, name: string }>, toTerritories: Array<{ id: string, name: string }> }>, territories: Array<{ territoryId: string, territory: { id: string, name: string }, before: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number }, after: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number } }> } };

export type RunAssignmentRulesMutationVariables = Exact<{
  modelId: string | number;
  movesLimit: number;
}>;


export type RunAssignmentRulesMutation = { runAssignmentRules: { modelId: string, isPreview: boolean, accountsEvaluated: number, assignmentsAdded: number, assignmentsRemoved: number, accountsAssigned: number, accountsWithoutTerritory: number, movesTotalCount: number, moves: Array<{ accountId: string, account: { id: string, name: string, billingCountry: string | null } | null, fromTerritories: Array<{ id: string, name: string }>, toTerritories: Array<{ id: string, name: string }> }>, territories: Array<{ territoryId: string, territory: { id: string, name: string }, before: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number }, after: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number } }> } };

export type ActiveTerritoryBaselineQueryVariables = Exact<{
  periodStart: string;
  periodEnd: string;
}>;


export type ActiveTerritoryBaselineQuery = { activeTerritoryModel: { id: string, territories: { nodes: Array<{ id: string, name: string, metrics: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number } }> } } | null };

export type TerritoryModelSummaryFragment = { id: string, name: string, description: string | null, state: TerritoryModelState, activatedDate: string | null, deactivatedDate: string | null, lastRunRulesEndDate: string | null };

export type TerritoryBalanceNumbersFragment = { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null };

export type TerritoryTreeRowFragment = { id: string, name: string, description: string | null, children: Array<{ id: string }>, users: Array<{ id: string, isActive: boolean, roleInTerritory: string | null, user: { id: string, name: string } }>, metrics: { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null }, hierarchyMetrics: { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null } };

export type TerritoryRuleFieldsFragment = { id: string, modelId: string, name: string, isActive: boolean, booleanFilter: string | null, items: Array<{ id: string, sortOrder: number, field: string, operator: string, value: string }>, territoryAssociations: { totalCount: number, nodes: Array<{ id: string, isInherited: boolean, territoryId: string, territory: { id: string, name: string } | null }> } };

export type TerritoryBalanceFieldsFragment = { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number };

export type AssignmentRunResultFieldsFragment = { modelId: string, isPreview: boolean, accountsEvaluated: number, assignmentsAdded: number, assignmentsRemoved: number, accountsAssigned: number, accountsWithoutTerritory: number, movesTotalCount: number, moves: Array<{ accountId: string, account: { id: string, name: string, billingCountry: string | null } | null, fromTerritories: Array<{ id: string, name: string }>, toTerritories: Array<{ id: string, name: string }> }>, territories: Array<{ territoryId: string, territory: { id: string, name: string }, before: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number }, after: { accountCount: number, totalAnnualRevenue: number, totalEmployees: number, openPipeline: number } }> };

export type TerritoryModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TerritoryModelsQuery = { territoryModels: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null, state: TerritoryModelState, activatedDate: string | null, deactivatedDate: string | null, lastRunRulesEndDate: string | null }> } };

export type CloneTerritoryModelMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type CloneTerritoryModelMutation = { cloneTerritoryModel: { id: string, name: string, description: string | null, state: TerritoryModelState, activatedDate: string | null, deactivatedDate: string | null, lastRunRulesEndDate: string | null } };

export type ActivateTerritoryModelMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateTerritoryModelMutation = { activateTerritoryModel: { id: string, name: string, description: string | null, state: TerritoryModelState, activatedDate: string | null, deactivatedDate: string | null, lastRunRulesEndDate: string | null } };

export type TerritoryRulesQueryVariables = Exact<{
  modelId: string | number;
}>;


export type TerritoryRulesQuery = { territoryModel: { id: string, assignmentRules: { totalCount: number, nodes: Array<{ id: string, modelId: string, name: string, isActive: boolean, booleanFilter: string | null, items: Array<{ id: string, sortOrder: number, field: string, operator: string, value: string }>, territoryAssociations: { totalCount: number, nodes: Array<{ id: string, isInherited: boolean, territoryId: string, territory: { id: string, name: string } | null }> } }> }, territories: { totalCount: number, nodes: Array<{ id: string, name: string, parent: { id: string } | null }> } } };

export type CreateTerritoryRuleMutationVariables = Exact<{
  input: CreateTerritoryAssignmentRuleInput;
}>;


export type CreateTerritoryRuleMutation = { createTerritoryAssignmentRule: { id: string, modelId: string, name: string, isActive: boolean, booleanFilter: string | null, items: Array<{ id: string, sortOrder: number, field: string, operator: string, value: string }>, territoryAssociations: { totalCount: number, nodes: Array<{ id: string, isInherited: boolean, territoryId: string, territory: { id: string, name: string } | null }> } } };

export type UpdateTerritoryRuleMutationVariables = Exact<{
  id: string | number;
  input: UpdateTerritoryAssignmentRuleInput;
}>;


export type UpdateTerritoryRuleMutation = { updateTerritoryAssignmentRule: { id: string, modelId: string, name: string, isActive: boolean, booleanFilter: string | null, items: Array<{ id: string, sortOrder: number, field: string, operator: string, value: string }>, territoryAssociations: { totalCount: number, nodes: Array<{ id: string, isInherited: boolean, territoryId: string, territory: { id: string, name: string } | null }> } } };

export type DeleteTerritoryRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTerritoryRuleMutation = { deleteTerritoryAssignmentRule: string };

export type CreateRuleTerritoryLinkMutationVariables = Exact<{
  input: CreateRuleTerritoryAssociationInput;
}>;


export type CreateRuleTerritoryLinkMutation = { createRuleTerritoryAssociation: { id: string, isInherited: boolean, territoryId: string } };

export type UpdateRuleTerritoryLinkMutationVariables = Exact<{
  id: string | number;
  input: UpdateRuleTerritoryAssociationInput;
}>;


export type UpdateRuleTerritoryLinkMutation = { updateRuleTerritoryAssociation: { id: string, isInherited: boolean } };

export type DeleteRuleTerritoryLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRuleTerritoryLinkMutation = { deleteRuleTerritoryAssociation: string };

export type TerritoryTreeRootsQueryVariables = Exact<{
  modelId: string | number;
  periodStart: string;
  periodEnd: string;
}>;


export type TerritoryTreeRootsQuery = { territoryModel: { id: string, rootTerritories: Array<{ id: string, name: string, description: string | null, children: Array<{ id: string }>, users: Array<{ id: string, isActive: boolean, roleInTerritory: string | null, user: { id: string, name: string } }>, metrics: { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null }, hierarchyMetrics: { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null } }> } };

export type TerritoryTreeChildrenQueryVariables = Exact<{
  id: string | number;
  periodStart: string;
  periodEnd: string;
}>;


export type TerritoryTreeChildrenQuery = { territory: { id: string, children: Array<{ id: string, name: string, description: string | null, children: Array<{ id: string }>, users: Array<{ id: string, isActive: boolean, roleInTerritory: string | null, user: { id: string, name: string } }>, metrics: { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null }, hierarchyMetrics: { accountCount: number, totalAnnualRevenue: number, openPipeline: number, closedWonAmount: number, quota: number, attainment: number | null } }> } };

export type UserRowFragment = { id: string, name: string, email: string, title: string | null, role: UserRole, isActive: boolean, manager: { id: string, name: string } | null };

export type SetupUsersQueryVariables = Exact<{
  first: number;
}>;


export type SetupUsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, name: string, email: string, title: string | null, role: UserRole, isActive: boolean, manager: { id: string, name: string } | null }> } };

export type UpdateUserAccessMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserAccessMutation = { updateUser: { id: string, name: string, email: string, title: string | null, role: UserRole, isActive: boolean, manager: { id: string, name: string } | null } };

export const CampaignRollupsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}}]} as unknown as DocumentNode<CampaignRollupsFragment, unknown>;
export const CampaignTreeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRollups"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}}]} as unknown as DocumentNode<CampaignTreeRowFragment, unknown>;
export const CampaignStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberSent"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyBudgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyActualCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyExpectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberSent"}}]}}]} as unknown as DocumentNode<CampaignStatsFragment, unknown>;
export const CampaignMemberStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMemberStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]} as unknown as DocumentNode<CampaignMemberStatusFieldsFragment, unknown>;
export const CampaignMemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedDate"}},{"kind":"Field","name":{"kind":"Name","value":"companyOrAccount"}}]}}]} as unknown as DocumentNode<CampaignMemberRowFragment, unknown>;
export const TerritoryModelSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunRulesEndDate"}}]}}]} as unknown as DocumentNode<TerritoryModelSummaryFragment, unknown>;
export const TerritoryBalanceNumbersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"closedWonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]} as unknown as DocumentNode<TerritoryBalanceNumbersFragment, unknown>;
export const TerritoryTreeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"roleInTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"closedWonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]} as unknown as DocumentNode<TerritoryTreeRowFragment, unknown>;
export const TerritoryRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignmentRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"booleanFilter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryRuleFieldsFragment, unknown>;
export const TerritoryBalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]} as unknown as DocumentNode<TerritoryBalanceFieldsFragment, unknown>;
export const AssignmentRunResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRunResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRunResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"isPreview"}},{"kind":"Field","name":{"kind":"Name","value":"accountsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"accountsAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"accountsWithoutTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"movesTotalCount"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]} as unknown as DocumentNode<AssignmentRunResultFieldsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CampaignCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"start"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"end"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"start"},"value":{"kind":"Variable","name":{"kind":"Name","value":"start"}}},{"kind":"Argument","name":{"kind":"Name","value":"end"},"value":{"kind":"Variable","name":{"kind":"Name","value":"end"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<CampaignCalendarQuery, CampaignCalendarQueryVariables>;
export const CampaignDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResponse"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberStatusFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignStats"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMemberStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberSent"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyBudgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyActualCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyExpectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberSent"}}]}}]} as unknown as DocumentNode<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const CampaignStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignStats"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRollups"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberSent"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyBudgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyActualCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyExpectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberSent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}}]} as unknown as DocumentNode<CampaignStatisticsQuery, CampaignStatisticsQueryVariables>;
export const CampaignMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedDate"}},{"kind":"Field","name":{"kind":"Name","value":"companyOrAccount"}}]}}]} as unknown as DocumentNode<CampaignMembersQuery, CampaignMembersQueryVariables>;
export const UpdateCampaignMemberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignMemberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedDate"}},{"kind":"Field","name":{"kind":"Name","value":"companyOrAccount"}}]}}]} as unknown as DocumentNode<UpdateCampaignMemberStatusMutation, UpdateCampaignMemberStatusMutationVariables>;
export const DeleteCampaignMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaignMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaignMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCampaignMemberMutation, DeleteCampaignMemberMutationVariables>;
export const CampaignTreeRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignTreeRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"parentId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isNull"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignTreeRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRollups"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CampaignTreeRootsQuery, CampaignTreeRootsQueryVariables>;
export const CampaignTreeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignTreeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignTreeRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRollups"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CampaignTreeChildrenQuery, CampaignTreeChildrenQueryVariables>;
export const ImportCampaignMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCampaignMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCampaignMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCampaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCampaignMembersMutation, ImportCampaignMembersMutationVariables>;
export const CampaignLeadCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignLeadCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","alias":{"kind":"Name","value":"membership"},"name":{"kind":"Name","value":"campaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignLeadCandidatesQuery, CampaignLeadCandidatesQueryVariables>;
export const CampaignContactCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignContactCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCity"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"membership"},"name":{"kind":"Name","value":"campaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignContactCandidatesQuery, CampaignContactCandidatesQueryVariables>;
export const CampaignCandidateAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignCandidateAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignCandidateAccountsQuery, CampaignCandidateAccountsQueryVariables>;
export const AddCampaignMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCampaignMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCampaignMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCampaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<AddCampaignMembersMutation, AddCampaignMembersMutationVariables>;
export const AddCampaignMembersFromFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCampaignMembersFromFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCampaignMembersFromFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCampaignMembersFromFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}}]}}]} as unknown as DocumentNode<AddCampaignMembersFromFilterMutation, AddCampaignMembersFromFilterMutationVariables>;
export const CreateCampaignMemberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaignMemberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignMemberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaignMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberStatusFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMemberStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]} as unknown as DocumentNode<CreateCampaignMemberStatusMutation, CreateCampaignMemberStatusMutationVariables>;
export const UpdateCampaignMemberStatusDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaignMemberStatusDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignMemberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaignMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignMemberStatusFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMemberStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]} as unknown as DocumentNode<UpdateCampaignMemberStatusDefinitionMutation, UpdateCampaignMemberStatusDefinitionMutationVariables>;
export const DeleteCampaignMemberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaignMemberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaignMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCampaignMemberStatusMutation, DeleteCampaignMemberStatusMutationVariables>;
export const MyOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOpportunitiesQuery, MyOpportunitiesQueryVariables>;
export const OpportunitiesViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesViewerQuery, OpportunitiesViewerQueryVariables>;
export const AccountsWithoutTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsWithoutTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountsWithoutTerritory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsWithoutTerritoryQuery, AccountsWithoutTerritoryQueryVariables>;
export const PreviewAssignmentRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAssignmentRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"movesLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAssignmentRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"movesLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"movesLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRunResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRunResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRunResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"isPreview"}},{"kind":"Field","name":{"kind":"Name","value":"accountsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"accountsAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"accountsWithoutTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"movesTotalCount"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewAssignmentRulesQuery, PreviewAssignmentRulesQueryVariables>;
export const RunAssignmentRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunAssignmentRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"movesLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAssignmentRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}},{"kind":"Argument","name":{"kind":"Name","value":"movesLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"movesLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRunResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRunResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRunResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"isPreview"}},{"kind":"Field","name":{"kind":"Name","value":"accountsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"accountsAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"accountsWithoutTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"movesTotalCount"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}}]}}]}}]} as unknown as DocumentNode<RunAssignmentRulesMutation, RunAssignmentRulesMutationVariables>;
export const ActiveTerritoryBaselineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveTerritoryBaseline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeTerritoryModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActiveTerritoryBaselineQuery, ActiveTerritoryBaselineQueryVariables>;
export const TerritoryModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryModelSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunRulesEndDate"}}]}}]} as unknown as DocumentNode<TerritoryModelsQuery, TerritoryModelsQueryVariables>;
export const CloneTerritoryModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneTerritoryModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneTerritoryModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryModelSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunRulesEndDate"}}]}}]} as unknown as DocumentNode<CloneTerritoryModelMutation, CloneTerritoryModelMutationVariables>;
export const ActivateTerritoryModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateTerritoryModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateTerritoryModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryModelSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunRulesEndDate"}}]}}]} as unknown as DocumentNode<ActivateTerritoryModelMutation, ActivateTerritoryModelMutationVariables>;
export const TerritoryRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignmentRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"booleanFilter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryRulesQuery, TerritoryRulesQueryVariables>;
export const CreateTerritoryRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTerritoryRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTerritoryAssignmentRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTerritoryAssignmentRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignmentRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"booleanFilter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTerritoryRuleMutation, CreateTerritoryRuleMutationVariables>;
export const UpdateTerritoryRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTerritoryRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTerritoryAssignmentRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTerritoryAssignmentRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignmentRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"booleanFilter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTerritoryRuleMutation, UpdateTerritoryRuleMutationVariables>;
export const DeleteTerritoryRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTerritoryRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTerritoryAssignmentRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTerritoryRuleMutation, DeleteTerritoryRuleMutationVariables>;
export const CreateRuleTerritoryLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRuleTerritoryLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRuleTerritoryAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRuleTerritoryAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}}]}}]}}]} as unknown as DocumentNode<CreateRuleTerritoryLinkMutation, CreateRuleTerritoryLinkMutationVariables>;
export const UpdateRuleTerritoryLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRuleTerritoryLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRuleTerritoryAssociationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRuleTerritoryAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}}]}}]}}]} as unknown as DocumentNode<UpdateRuleTerritoryLinkMutation, UpdateRuleTerritoryLinkMutationVariables>;
export const DeleteRuleTerritoryLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRuleTerritoryLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRuleTerritoryAssociation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRuleTerritoryLinkMutation, DeleteRuleTerritoryLinkMutationVariables>;
export const TerritoryTreeRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryTreeRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rootTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTreeRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"closedWonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"roleInTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}}]}}]} as unknown as DocumentNode<TerritoryTreeRootsQuery, TerritoryTreeRootsQueryVariables>;
export const TerritoryTreeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryTreeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryTreeRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"closedWonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"roleInTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}}]}}]} as unknown as DocumentNode<TerritoryTreeChildrenQuery, TerritoryTreeChildrenQueryVariables>;
export const SetupUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetupUsersQuery, SetupUsersQueryVariables>;
export const UpdateUserAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserAccessMutation, UpdateUserAccessMutationVariables>;