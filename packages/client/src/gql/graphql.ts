/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Conditions on Account records. */
export type AccountFilter = {
  /** All of these. */
  _and?: Array<AccountFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<AccountFilter> | null | undefined;
  accountSource?: StringFilter | null | undefined;
  annualRevenue?: NumberFilter | null | undefined;
  billingCity?: StringFilter | null | undefined;
  billingCountry?: StringFilter | null | undefined;
  billingPostalCode?: StringFilter | null | undefined;
  billingState?: StringFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  industry?: StringFilter | null | undefined;
  isPersonAccount?: BooleanFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  name?: StringFilter | null | undefined;
  numberOfEmployees?: NumberFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  parentId?: IdFilter | null | undefined;
  rating?: StringFilter | null | undefined;
  type?: StringFilter | null | undefined;
};

export type AccountOrderBy = {
  direction?: SortDirection;
  field: AccountSortField;
};

export type AccountSortField =
  | 'accountSource'
  | 'annualRevenue'
  | 'billingCity'
  | 'billingCountry'
  | 'billingPostalCode'
  | 'billingState'
  | 'createdDate'
  | 'id'
  | 'industry'
  | 'lastModifiedDate'
  | 'name'
  | 'numberOfEmployees'
  | 'ownerId'
  | 'parentId'
  | 'rating'
  | 'type';

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

export type AddCaseCommentInput = {
  body: string;
  caseId: string | number;
  /** Visible to the customer (default). */
  isPublished?: boolean | null | undefined;
};

export type AdjustForecastInput = {
  adjustedAmount: number;
  adjustmentNote?: string | null | undefined;
  /** The adjustment's version when it was read (CONFLICT if it changed since). */
  expectedVersion?: number | null | undefined;
  /** BEST_CASE_FORECAST or COMMIT_FORECAST. */
  forecastingItemCategory: ForecastingItemCategory;
  forecastingTypeId: string | number;
  /** The adjusted user (role-based types). */
  ownerId?: string | number | null | undefined;
  /** First day of the adjusted month. */
  startDate: string;
  /** The adjusted territory (territory types). */
  territoryId?: string | number | null | undefined;
};

export type BooleanFilter = {
  eq?: boolean | null | undefined;
  isNull?: boolean | null | undefined;
};

export type BulkMode =
  /** Any failing row: nothing is written; the result lists every failure. */
  | 'ALL_OR_NOTHING'
  /** The valid rows are written; the result lists each failing row. */
  | 'PER_ROW';

/** The objects mass update, import and export handle. */
export type BulkObjectApiName =
  | 'Account'
  | 'Contact'
  | 'Lead'
  | 'Opportunity';

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

/** Conditions on Case records. */
export type CaseFilter = {
  /** All of these. */
  _and?: Array<CaseFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<CaseFilter> | null | undefined;
  accountId?: IdFilter | null | undefined;
  agentInteractionCount?: NumberFilter | null | undefined;
  caseNumber?: StringFilter | null | undefined;
  closedDate?: DateTimeFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  csatScore?: NumberFilter | null | undefined;
  firstResponseDate?: DateTimeFilter | null | undefined;
  firstResponseDueDate?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isClosed?: BooleanFilter | null | undefined;
  isClosedOnCreate?: BooleanFilter | null | undefined;
  isEscalated?: BooleanFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  origin?: StringFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  parentId?: IdFilter | null | undefined;
  priority?: StringFilter | null | undefined;
  productName?: StringFilter | null | undefined;
  reason?: StringFilter | null | undefined;
  reopenCount?: NumberFilter | null | undefined;
  resolutionDueDate?: DateTimeFilter | null | undefined;
  status?: StringFilter | null | undefined;
  subject?: StringFilter | null | undefined;
  suppliedEmail?: StringFilter | null | undefined;
  type?: StringFilter | null | undefined;
};

export type CaseOrderBy = {
  direction?: SortDirection;
  field: CaseSortField;
};

export type CaseSortField =
  | 'accountId'
  | 'agentInteractionCount'
  | 'caseNumber'
  | 'closedDate'
  | 'contactId'
  | 'createdDate'
  | 'csatScore'
  | 'firstResponseDate'
  | 'firstResponseDueDate'
  | 'id'
  | 'lastModifiedDate'
  | 'origin'
  | 'ownerId'
  | 'parentId'
  | 'priority'
  | 'productName'
  | 'reason'
  | 'reopenCount'
  | 'resolutionDueDate'
  | 'status'
  | 'subject'
  | 'suppliedEmail'
  | 'type';

/** How a report chart or dashboard component is drawn. */
export type ChartType =
  /** Horizontal bars, one per group. */
  | 'BAR'
  /** Vertical columns, one per group (stacked when grouped across). */
  | 'COLUMN'
  /** Share of each group in the total. */
  | 'DONUT'
  /** Stages in order, narrowing. */
  | 'FUNNEL'
  /** One number against ranges or a target. */
  | 'GAUGE'
  /** Ranked list of people or groups by a measure. */
  | 'LEADERBOARD'
  /** A line over date buckets. */
  | 'LINE'
  /** One big number. */
  | 'METRIC'
  /** Rows and columns. */
  | 'TABLE';

/** Update-and-close in one step. */
export type CloseCaseInput = {
  caseId: string | number;
  expectedVersion?: number | null | undefined;
  /** An uploaded file (POST /files) to attach to the case, e.g. a photo. */
  photoFileId?: string | number | null | undefined;
  /** The resolution note, saved as a published CaseComment. */
  resolution: string;
  /** A closed CaseStatus apiName. */
  status: string;
};

/** Public: everyone in the organisation reads the feed and may join. Private: only members read the feed; an owner or manager adds members. */
export type CollaborationType =
  | 'Private'
  | 'Public';

export type CompetitorInput = {
  isActive?: boolean | null | undefined;
  /** Unique; renaming renames it on opportunities. */
  name?: string | null | undefined;
  strengths?: string | null | undefined;
  weaknesses?: string | null | undefined;
};

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

export type ContactOrderBy = {
  direction?: SortDirection;
  field: ContactSortField;
};

export type ContactSortField =
  | 'accountId'
  | 'birthdate'
  | 'createdDate'
  | 'department'
  | 'email'
  | 'firstName'
  | 'id'
  | 'lastModifiedDate'
  | 'lastName'
  | 'leadSource'
  | 'mailingCity'
  | 'mailingCountry'
  | 'name'
  | 'ownerId'
  | 'phone'
  | 'reportsToId'
  | 'title';

export type CreateAccountInput = {
  accountSource?: string | null | undefined;
  annualRevenue?: number | null | undefined;
  billingCity?: string | null | undefined;
  billingCountry?: string | null | undefined;
  billingPostalCode?: string | null | undefined;
  billingState?: string | null | undefined;
  billingStreet?: string | null | undefined;
  description?: string | null | undefined;
  firstName?: string | null | undefined;
  industry?: string | null | undefined;
  isPersonAccount?: boolean | null | undefined;
  lastName?: string | null | undefined;
  /** Required for business accounts; person accounts derive it. */
  name?: string | null | undefined;
  numberOfEmployees?: number | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  /** The parent account (account hierarchy). */
  parentId?: string | number | null | undefined;
  personEmail?: string | null | undefined;
  personMobilePhone?: string | null | undefined;
  phone?: string | null | undefined;
  rating?: string | null | undefined;
  type?: string | null | undefined;
  website?: string | null | undefined;
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

export type CreateContactInput = {
  accountId?: string | number | null | undefined;
  birthdate?: string | null | undefined;
  department?: string | null | undefined;
  description?: string | null | undefined;
  doNotCall?: boolean | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  hasOptedOutOfEmail?: boolean | null | undefined;
  lastName: string;
  leadSource?: string | null | undefined;
  mailingCity?: string | null | undefined;
  mailingCountry?: string | null | undefined;
  mailingPostalCode?: string | null | undefined;
  mailingState?: string | null | undefined;
  mailingStreet?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  reportsToId?: string | number | null | undefined;
  salutation?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateForecastingQuotaInput = {
  /** Only for this product family; null: the total. */
  productFamily?: string | null | undefined;
  /** Revenue quota; at least one of quotaAmount and quotaQuantity. */
  quotaAmount?: number | null | undefined;
  /** A user below the caller (admins: anyone); nobody sets their own quota. */
  quotaOwnerId: string | number;
  /** Quantity quota. */
  quotaQuantity?: number | null | undefined;
  /** The first day of a month. */
  startDate: string;
  /** Only for this territory; null: for every territory of the owner. */
  territoryId?: string | number | null | undefined;
};

export type CreateGroupInput = {
  collaborationType?: CollaborationType;
  description?: string | null | undefined;
  name: string;
};

export type CreateLeadInput = {
  annualRevenue?: number | null | undefined;
  city?: string | null | undefined;
  company: string;
  country?: string | null | undefined;
  description?: string | null | undefined;
  doNotCall?: boolean | null | undefined;
  email?: string | null | undefined;
  firstName?: string | null | undefined;
  hasOptedOutOfEmail?: boolean | null | undefined;
  industry?: string | null | undefined;
  lastName: string;
  /** An active LeadSource apiName (query leadSources). */
  leadSource?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  numberOfEmployees?: number | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** Hot, Warm or Cold. */
  rating?: string | null | undefined;
  salutation?: string | null | undefined;
  state?: string | null | undefined;
  /** A LeadStatus apiName that is not a converted status; defaults to the default status. */
  status?: string | null | undefined;
  street?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateOpportunityInput = {
  accountId?: string | number | null | undefined;
  amount?: number | null | undefined;
  /** Primary Campaign Source. */
  campaignId?: string | number | null | undefined;
  closeDate: string;
  /** An active Competitor's name (see competitors). */
  competitor?: string | null | undefined;
  /** The primary contact; must belong to the account. */
  contactId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Omitted, Pipeline, Best Case, Most Likely, Commit, Closed; defaults from the stage (null: the stage default). */
  forecastCategoryName?: string | null | undefined;
  leadSource?: string | null | undefined;
  /** An active LostReason apiName (see lostReasons); the default rules require it when Closed Lost. */
  lostReason?: string | null | undefined;
  name: string;
  nextStep?: string | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  /** Percent 0..100; defaults from the stage (null: the stage default). */
  probability?: number | null | undefined;
  /** An active OpportunityStage apiName. */
  stageName: string;
  type?: string | null | undefined;
};

export type CreatePostInput = {
  body: string;
  /** Files uploaded by the caller through POST /files; attached in the same transaction. */
  fileIds?: Array<string | number> | null | undefined;
  groupId: string | number;
  /** http or https only. */
  linkUrl?: string | null | undefined;
  /** Records the post is about; each must be visible to the caller. */
  mentions?: Array<MentionInput> | null | undefined;
};

/** A new saved report. */
export type CreateReportInput = {
  /** The definition, validated as runReport does. */
  definition: ReportDefinitionInput;
  /** What the report answers. */
  description?: string | null | undefined;
  /** A folder the caller may save into; none = private. */
  folderId?: string | number | null | undefined;
  /** Report name, 1-120 characters. */
  name: string;
};

/** Attaches a rule to a territory of the same model. */
export type CreateRuleTerritoryAssociationInput = {
  /** Default false; true: the rule also assigns to every descendant (isInherited). */
  applyToDescendants?: boolean | null | undefined;
  ruleId: string | number;
  territoryId: string | number;
};

export type CreateTaskInput = {
  /** Related to an account; otherwise derived from the opportunity, case or contact. */
  accountId?: string | number | null | undefined;
  activityDate?: string | null | undefined;
  callDisposition?: string | null | undefined;
  callDurationInSeconds?: number | null | undefined;
  /** Inbound, Outbound or Internal. */
  callType?: string | null | undefined;
  /** Related to a campaign. */
  campaignId?: string | number | null | undefined;
  /** Related to a case. */
  caseId?: string | number | null | undefined;
  /** Who: a contact (or give leadId). */
  contactId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Who: a lead; a lead allows no related record. */
  leadId?: string | number | null | undefined;
  /** Related to an opportunity. */
  opportunityId?: string | number | null | undefined;
  /** Assigned to; defaults to the caller. */
  ownerId?: string | number | null | undefined;
  /** High, Normal (default) or Low. */
  priority?: string | null | undefined;
  /** A TaskStatus apiName; defaults to the default status. */
  status?: string | null | undefined;
  subject?: string | null | undefined;
  /** Task (default), Email or Call; cannot change later. */
  taskSubtype?: string | null | undefined;
  type?: string | null | undefined;
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

export type CreateValidationRuleInput = {
  /** The error condition (the write fails when it holds): { "and": [...] }, { "or": [...] }, { "not": {...} } or a leaf { "field", "op", "value"?, "prior"? } with op isBlank, isNotBlank, equals, notEquals, in, notIn, lt, lte, gt, gte, changed, stageAtOrAfter, stageBefore (Opportunity.stageName, by the stage order) or { "op": "isNew" }; "prior": true reads the value before the write. */
  condition: unknown;
  description?: string | null | undefined;
  /** A field of the object the error is shown on. */
  errorField: string;
  errorMessage: string;
  isActive?: boolean | null | undefined;
  /** Letters, digits and underscores, unique per object. */
  name: string;
  /** Opportunity, Lead, Account, Contact */
  objectApiName: string;
};

/** The viewer's choice per dashboard filter; a filter not given takes its default. */
export type DashboardFilterValuesInput = {
  /** A date literal, e.g. THIS_QUARTER. */
  period?: string | null | undefined;
  /** A manager: them and everyone under them. */
  team?: string | number | null | undefined;
  /** A territory and its children. */
  territory?: string | number | null | undefined;
};

/** Whose access the components run with. */
export type DashboardType =
  /** The viewer: everyone sees their own numbers. */
  | 'LOGGED_IN_USER'
  /** The viewer, or (header x-crm-view-as) someone of the viewer's team: a manager views as a subordinate. */
  | 'MY_TEAM_USER'
  /** The runningUser, for every viewer (send header x-crm-dashboard with each widget request). */
  | 'SPECIFIED_USER';

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

/** Date bucket of a grouping. WEEK starts on Sunday (Salesforce en_US, as the relative date literals); buckets are UTC days. */
export type DateGranularity =
  /** The calendar day (YYYY-MM-DD). */
  | 'DAY'
  /** The calendar month; the key is its first day (YYYY-MM-DD). */
  | 'MONTH'
  /** The calendar quarter; the key is its first day (YYYY-MM-DD). */
  | 'QUARTER'
  /** The week starting on Sunday; the key is that Sunday (YYYY-MM-DD). */
  | 'WEEK'
  /** The calendar year; the key is January 1st (YYYY-MM-DD). */
  | 'YEAR';

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

/** Conditions on Event records. */
export type EventFilter = {
  /** All of these. */
  _and?: Array<EventFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<EventFilter> | null | undefined;
  accountId?: IdFilter | null | undefined;
  activityDate?: DateFilter | null | undefined;
  campaignId?: IdFilter | null | undefined;
  caseId?: IdFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  durationInMinutes?: NumberFilter | null | undefined;
  endDateTime?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isAllDayEvent?: BooleanFilter | null | undefined;
  isPrivate?: BooleanFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  leadId?: IdFilter | null | undefined;
  location?: StringFilter | null | undefined;
  opportunityId?: IdFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  showAs?: StringFilter | null | undefined;
  startDateTime?: DateTimeFilter | null | undefined;
  subject?: StringFilter | null | undefined;
  type?: StringFilter | null | undefined;
};

/** One field to set: the value as text (as typed in a CSV cell); null or blank clears the field. */
export type FieldValueInput = {
  /** A writable field of the object, e.g. stageName, ownerId. */
  field: string;
  value?: string | null | undefined;
};

export type ForecastGridInput = {
  /** Default: the first active forecasting type of roleType. */
  forecastingTypeId?: string | number | null | undefined;
  /** Number of periods, 1 to 12. */
  periodCount?: number | null | undefined;
  periodType?: ForecastPeriodType | null | undefined;
  /** Used when forecastingTypeId is not given; default ROLE. */
  roleType?: ForecastingRoleType | null | undefined;
  /** Drill into this user (or territory) and those below; it must be visible to the caller. */
  rootId?: string | number | null | undefined;
  /** A date literal (THIS_MONTH, NEXT_QUARTER ...) or a day; the first period contains its start. Default: today. */
  startPeriod?: string | null | undefined;
};

/** Forecast periods: calendar months or quarters, by opportunity close date. */
export type ForecastPeriodType =
  | 'MONTH'
  | 'QUARTER';

/** Cumulative roll-ups: OPEN_PIPELINE = Pipeline + Best Case + Most Likely + Commit; BEST_CASE_FORECAST = Best Case + Most Likely + Commit + Closed; COMMIT_FORECAST = Commit + Closed; CLOSED_ONLY = Closed. Omitted counts nowhere. Only BEST_CASE_FORECAST and COMMIT_FORECAST are adjustable. */
export type ForecastingItemCategory =
  | 'BEST_CASE_FORECAST'
  | 'CLOSED_ONLY'
  | 'COMMIT_FORECAST'
  | 'OPEN_PIPELINE';

/** Conditions on ForecastingQuota records. */
export type ForecastingQuotaFilter = {
  /** All of these. */
  _and?: Array<ForecastingQuotaFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<ForecastingQuotaFilter> | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  productFamily?: StringFilter | null | undefined;
  quotaAmount?: NumberFilter | null | undefined;
  quotaOwnerId?: IdFilter | null | undefined;
  quotaQuantity?: NumberFilter | null | undefined;
  startDate?: DateFilter | null | undefined;
  territoryId?: IdFilter | null | undefined;
};

/** ROLE: rolls up the manager hierarchy (opportunity owner). TERRITORY: rolls up the ACTIVE territory model (the opportunity's territory). */
export type ForecastingRoleType =
  | 'ROLE'
  | 'TERRITORY';

export type GroupMemberRole =
  | 'Manager'
  | 'Member'
  | 'Owner';

/** Where averageHandleTimeSeconds comes from. */
export type HandleTimeSource =
  /** History: per case of the channel in the history window, the sum of callDurationInSeconds of its Call tasks; averaged over the cases that have any. */
  | 'CALL_DURATIONS'
  /** No call time was logged on the channel's cases in the history window: a default per channel (Phone 360 s, Chat 420 s, Email/Web 480 s, Social 300 s). */
  | 'DEFAULT';

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

/** Which record field a CSV column fills. */
export type ImportColumnMapping = {
  /** A header of the file (case, spaces and punctuation ignored when unambiguous). */
  column: string;
  /** A writable field (e.g. name, email, externalId, ownerId, accountId), or a reference by name: owner.email, owner.name, account.name, account.externalId (opportunities, contacts), parent.name, parent.externalId (accounts), campaign.name (opportunities). */
  field: string;
};

export type ImportMatchBy =
  /** Leads and contacts: a row whose email is a record's (case-insensitive; the oldest wins) updates it. */
  | 'email'
  /** A row whose externalId is already a record updates that record; others are created. */
  | 'externalId'
  /** Every row creates a record. */
  | 'none';

export type ImportRecordsInput = {
  /** The file: UTF-8 CSV with a header row, at most 50,000 data rows and 10 MB. */
  csv: string;
  /** Validate every row, write nothing, report the same result. */
  dryRun?: boolean | null | undefined;
  /** Unmapped columns are ignored. */
  mapping: Array<ImportColumnMapping>;
  matchBy?: ImportMatchBy | null | undefined;
  mode?: BulkMode | null | undefined;
  objectApiName: BulkObjectApiName;
};

/** Salesforce convertLead: turns a lead into an account, a contact and (optionally) an opportunity. */
export type LeadConvertInput = {
  /** Merge into this account instead of creating one from the company. */
  accountId?: string | number | null | undefined;
  /** Merge into this contact (of accountId) instead of creating one. */
  contactId?: string | number | null | undefined;
  /** A LeadStatus apiName with isConverted = true. */
  convertedStatus: string;
  doNotCreateOpportunity?: boolean | null | undefined;
  leadId: string | number;
  /** Attach to this existing open opportunity of accountId instead of creating one (accountId required). */
  opportunityId?: string | number | null | undefined;
  /** Defaults to "<company>-". */
  opportunityName?: string | null | undefined;
  /** Owner of the new records; defaults to the lead's owner. */
  ownerId?: string | number | null | undefined;
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
  isUnreadByOwner?: BooleanFilter | null | undefined;
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

export type LeadOrderBy = {
  direction?: SortDirection;
  field: LeadSortField;
};

export type LeadSortField =
  | 'annualRevenue'
  | 'city'
  | 'company'
  | 'convertedAccountId'
  | 'convertedContactId'
  | 'convertedDate'
  | 'convertedOpportunityId'
  | 'country'
  | 'createdDate'
  | 'email'
  | 'firstName'
  | 'id'
  | 'industry'
  | 'lastModifiedDate'
  | 'lastName'
  | 'leadSource'
  | 'name'
  | 'numberOfEmployees'
  | 'ownerId'
  | 'phone'
  | 'postalCode'
  | 'rating'
  | 'state'
  | 'status'
  | 'title';

/** Log a Call: a completed call task, due today, owned by the caller. */
export type LogACallInput = {
  /** Related to an account; otherwise derived from the opportunity, case or contact. */
  accountId?: string | number | null | undefined;
  /** The call result, e.g. "Left voicemail". */
  callDisposition?: string | null | undefined;
  callDurationInSeconds?: number | null | undefined;
  /** Inbound, Outbound or Internal. */
  callType?: string | null | undefined;
  /** Related to a campaign. */
  campaignId?: string | number | null | undefined;
  /** Related to a case. */
  caseId?: string | number | null | undefined;
  /** Who: a contact (or give leadId). */
  contactId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Who: a lead; a lead allows no related record. */
  leadId?: string | number | null | undefined;
  /** Related to an opportunity. */
  opportunityId?: string | number | null | undefined;
  /** Defaults to "Call". */
  subject?: string | null | undefined;
};

export type LostReasonInput = {
  /** The value opportunities store; renaming renames it on opportunities. */
  apiName?: string | null | undefined;
  isActive?: boolean | null | undefined;
  /** Default: the apiName. */
  masterLabel?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

/** Rows: exactly one of ids, filter or csv. Values: set on every row (a CSV adds its own per row). At most 50,000 rows. */
export type MassUpdateAccountsInput = {
  /** A CSV file: an id column, optionally version, and one column per field to set (header = field name); blank cells change nothing. Rows as a spreadsheet shows them (header = row 1). */
  csv?: string | null | undefined;
  /** Check every row, write nothing. */
  dryRun?: boolean | null | undefined;
  /** The version read of each id (same order): a record changed since fails with CONFLICT. */
  expectedVersions?: Array<number> | null | undefined;
  /** Every visible record the Account list filter matches (the list's filter language), in the list's default order. */
  filter?: AccountFilter | null | undefined;
  /** The records; an error reports its position in this list as the row. */
  ids?: Array<string | number> | null | undefined;
  mode?: BulkMode | null | undefined;
  /** Fields to set on every row. */
  values?: Array<FieldValueInput> | null | undefined;
};

/** Rows: exactly one of ids, filter or csv. Values: set on every row (a CSV adds its own per row). At most 50,000 rows. */
export type MassUpdateContactsInput = {
  /** A CSV file: an id column, optionally version, and one column per field to set (header = field name); blank cells change nothing. Rows as a spreadsheet shows them (header = row 1). */
  csv?: string | null | undefined;
  /** Check every row, write nothing. */
  dryRun?: boolean | null | undefined;
  /** The version read of each id (same order): a record changed since fails with CONFLICT. */
  expectedVersions?: Array<number> | null | undefined;
  /** Every visible record the Contact list filter matches (the list's filter language), in the list's default order. */
  filter?: ContactFilter | null | undefined;
  /** The records; an error reports its position in this list as the row. */
  ids?: Array<string | number> | null | undefined;
  mode?: BulkMode | null | undefined;
  /** Fields to set on every row. */
  values?: Array<FieldValueInput> | null | undefined;
};

/** Rows: exactly one of ids, filter or csv. Values: set on every row (a CSV adds its own per row). At most 50,000 rows. */
export type MassUpdateLeadsInput = {
  /** A CSV file: an id column, optionally version, and one column per field to set (header = field name); blank cells change nothing. Rows as a spreadsheet shows them (header = row 1). */
  csv?: string | null | undefined;
  /** Check every row, write nothing. */
  dryRun?: boolean | null | undefined;
  /** The version read of each id (same order): a record changed since fails with CONFLICT. */
  expectedVersions?: Array<number> | null | undefined;
  /** Every visible record the Lead list filter matches (the list's filter language), in the list's default order. */
  filter?: LeadFilter | null | undefined;
  /** The records; an error reports its position in this list as the row. */
  ids?: Array<string | number> | null | undefined;
  mode?: BulkMode | null | undefined;
  /** Fields to set on every row. */
  values?: Array<FieldValueInput> | null | undefined;
};

/** Rows: exactly one of ids, filter or csv. Values: set on every row (a CSV adds its own per row). At most 50,000 rows. */
export type MassUpdateOpportunitiesInput = {
  /** A CSV file: an id column, optionally version, and one column per field to set (header = field name); blank cells change nothing. Rows as a spreadsheet shows them (header = row 1). */
  csv?: string | null | undefined;
  /** Check every row, write nothing. */
  dryRun?: boolean | null | undefined;
  /** The version read of each id (same order): a record changed since fails with CONFLICT. */
  expectedVersions?: Array<number> | null | undefined;
  /** Every visible record the Opportunity list filter matches (the list's filter language), in the list's default order. */
  filter?: OpportunityFilter | null | undefined;
  /** The records; an error reports its position in this list as the row. */
  ids?: Array<string | number> | null | undefined;
  mode?: BulkMode | null | undefined;
  /** Fields to set on every row. */
  values?: Array<FieldValueInput> | null | undefined;
};

export type MentionInput = {
  /** Opportunity, Account, Contact, Lead, Case or Competitor. */
  objectApiName: string;
  recordId: string | number;
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

/** Conditions on Opportunity records. */
export type OpportunityFilter = {
  /** All of these. */
  _and?: Array<OpportunityFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<OpportunityFilter> | null | undefined;
  accountId?: IdFilter | null | undefined;
  amount?: NumberFilter | null | undefined;
  campaignId?: IdFilter | null | undefined;
  closeDate?: DateFilter | null | undefined;
  competitor?: StringFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  forecastCategoryName?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isClosed?: BooleanFilter | null | undefined;
  isWon?: BooleanFilter | null | undefined;
  lastActivityDate?: DateFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  leadSource?: StringFilter | null | undefined;
  lostReason?: StringFilter | null | undefined;
  name?: StringFilter | null | undefined;
  nextStep?: StringFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  probability?: NumberFilter | null | undefined;
  stageName?: StringFilter | null | undefined;
  type?: StringFilter | null | undefined;
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
  | 'lastActivityDate'
  | 'lastModifiedDate'
  | 'leadSource'
  | 'lostReason'
  | 'name'
  | 'nextStep'
  | 'ownerId'
  | 'probability'
  | 'stageName'
  | 'type';

export type OpportunityStageInput = {
  /** The value opportunities store; cannot change while opportunities use it. */
  apiName?: string | null | undefined;
  defaultProbability?: number | null | undefined;
  /** Omitted, Pipeline, Best Case, Most Likely, Commit, Closed */
  forecastCategoryName?: string | null | undefined;
  /** Guidance for success: steps the rep sees at this stage. */
  guidance?: string | null | undefined;
  /** Inactive stages cannot be chosen; opportunities keep them. */
  isActive?: boolean | null | undefined;
  isClosed?: boolean | null | undefined;
  /** Won stages are closed. */
  isWon?: boolean | null | undefined;
  /** Opportunity fields to fill at this stage: name, stageName, amount, closeDate, probability, forecastCategoryName, type, leadSource, competitor, lostReason, nextStep, description, accountId, contactId, campaignId, ownerId. */
  keyFields?: Array<string> | null | undefined;
  /** Default: the apiName. */
  masterLabel?: string | null | undefined;
  /** Position on the path; default: after the last. */
  sortOrder?: number | null | undefined;
};

/** Conditions on Order records. */
export type OrderFilter = {
  /** All of these. */
  _and?: Array<OrderFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<OrderFilter> | null | undefined;
  accountId?: IdFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  effectiveDate?: DateFilter | null | undefined;
  id?: IdFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  opportunityId?: IdFilter | null | undefined;
  orderNumber?: StringFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  status?: StringFilter | null | undefined;
  totalAmount?: NumberFilter | null | undefined;
};

export type PlaceOrderInput = {
  /** A visible account. */
  accountId: string | number;
  /** true: keep the order as Draft (customer service is notified when it is activated). Default false: placed as Activated. */
  asDraft?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Default: today. */
  effectiveDate?: string | null | undefined;
  lines: Array<PlaceOrderLineInput>;
  /** A visible opportunity of the same account. */
  opportunityId?: string | number | null | undefined;
  /** Default: the org's standard price book. */
  pricebookId?: string | number | null | undefined;
};

export type PlaceOrderLineInput = {
  productId: string | number;
  /** More than 0. */
  quantity: number;
  /** Default: the product's price in the order's price book. */
  unitPrice?: number | null | undefined;
};

/** Summary of a group. On a BOOLEAN field SUM counts the true rows and AVG is the share of true rows in percent (0-100): AVG(isWon) over closed opportunities is the win rate (won ÷ closed). */
export type ReportAggregateFunction =
  /** Average of the field over rows where it has a value (BOOLEAN: share of true rows in percent, 0-100). */
  | 'AVG'
  /** Rows in the group (with a field: rows where it has a value). */
  | 'COUNT'
  /** Largest value (numbers, dates: as epoch milliseconds for dates). */
  | 'MAX'
  /** Smallest value (numbers, dates: as epoch milliseconds for dates). */
  | 'MIN'
  /** Sum of the field (numbers; BOOLEAN: rows where true). Blanks are ignored. */
  | 'SUM';

/** A summary: COUNT (no field = rows), or SUM/AVG/MIN/MAX of an aggregatable field. */
export type ReportAggregateInput = {
  /** The field; none for a row count. */
  field?: string | null | undefined;
  /** The function. */
  function: ReportAggregateFunction;
};

/** The chart drawn over the report groups. */
export type ReportChartInput = {
  /** The visualisation. */
  type: ChartType;
};

/** What a report reads and how it summarises. Groupings make it SUMMARY (down) or MATRIX (down and across). */
export type ReportDefinitionInput = {
  /** Summaries per group and in total; default a row count. */
  aggregates?: Array<ReportAggregateInput> | null | undefined;
  /** Chart of the report. */
  chart?: ReportChartInput | null | undefined;
  /** Detail columns: field names of the report type, in order. */
  columns: Array<string>;
  /** Filters, all of which must hold (AND). */
  filters?: Array<ReportFilterInput> | null | undefined;
  /** Top N: only the first 1-2000 groups of the first row grouping in its sort order (sortOrder, sortAggregate), with their subgroups and cells (a dashboard's "maximum values displayed"). Totals and detail rows still cover every row. */
  groupLimit?: number | null | undefined;
  /** Column grouping (at most 1): makes a MATRIX. */
  groupingsAcross?: Array<ReportGroupingInput> | null | undefined;
  /** Row groupings, outermost first (at most 2). */
  groupingsDown?: Array<ReportGroupingInput> | null | undefined;
  /** The report type. */
  reportType: ReportTypeName;
  /** Detail rows returned, 0-2000 (default 2000); groups and totals always cover every row. */
  rowLimit?: number | null | undefined;
};

/** Data type of a report field: decides the operators, aggregates and buckets it takes. */
export type ReportFieldType =
  | 'BOOLEAN'
  | 'CURRENCY'
  | 'DATE'
  | 'DATETIME'
  | 'ID'
  | 'NUMBER'
  | 'PERCENT'
  | 'PICKLIST'
  | 'STRING';

/** A report filter. equals with no value = blank; notEqual with no value = has a value; date fields take relative literals (THIS_MONTH, LAST_N_DAYS:30) or YYYY-MM-DD. */
export type ReportFilterInput = {
  /** A field name of the report type (ReportType.fields). */
  field: string;
  /** The comparison. */
  operator: ReportFilterOperator;
  /** The value; several comma-separated values are ORed (Salesforce). Empty or absent = blank. */
  value?: string | null | undefined;
  /** Values as a list (instead of commas), e.g. for `in`. */
  values?: Array<string> | null | undefined;
};

/** Filter operators (Salesforce report filters). Comma-separated values (or `values`) are ORed; notEqual and notContain exclude all of them. */
export type ReportFilterOperator =
  /** Text contains any of the values, case-insensitive. */
  | 'contains'
  /** Equal (text case-insensitive). No value = blank (null or empty text). A date literal (THIS_MONTH) = within its range. */
  | 'equals'
  /** Numbers and dates: from the value (or the start of the literal range) on. */
  | 'greaterOrEqual'
  /** Numbers and dates: after the value (a date literal: after its range). */
  | 'greaterThan'
  /** Equal to one of `values` (or the comma-separated value). */
  | 'in'
  /** Numbers and dates: up to and including the value (or the end of the literal range). */
  | 'lessOrEqual'
  /** Numbers and dates: before the value (a date literal: before its range). */
  | 'lessThan'
  /** Text contains none of the values, case-insensitive; blanks match. */
  | 'notContain'
  /** Not equal; blanks match. No value = "not equal to (blank)": has a value. */
  | 'notEqual'
  /** Text starts with any of the values, case-insensitive. */
  | 'startsWith';

/** PRIVATE: the owner only (and admins). PUBLIC: everyone in the organisation views. SHARED: the owner and the users it is shared with. */
export type ReportFolderAccess =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'SHARED';

/** A report folder. */
export type ReportFolderInput = {
  /** Default PRIVATE. */
  accessType?: ReportFolderAccess | null | undefined;
  /** Folder name, 1-120 characters (required to create). */
  name?: string | null | undefined;
};

/** TABULAR: rows only. SUMMARY: grouped down (1-2 groupings) with subtotals. MATRIX: grouped down and across. */
export type ReportFormat =
  | 'MATRIX'
  | 'SUMMARY'
  | 'TABULAR';

/** A grouping: a groupable field, and a bucket for date fields (default DAY). */
export type ReportGroupingInput = {
  /** Date bucket (date and date/time fields only). */
  dateGranularity?: DateGranularity | null | undefined;
  /** A groupable field of the report type. */
  field: string;
  /** Row groupings: sort the groups by this summary (an aggregate key such as "SUM:amount", or "COUNT" for the record count) instead of by key (Salesforce sortAggregate). */
  sortAggregate?: string | null | undefined;
  /** Order of the groups (default ASC): by key, or by sortAggregate. Blank keys stay last. */
  sortOrder?: SortDirection | null | undefined;
};

/** What a report reads. Each type is a fixed set of fields and joins (Salesforce report types). */
export type ReportTypeName =
  /** One row per account and territory it is assigned to (accounts without a territory once, territory blank). */
  | 'accountsWithTerritories'
  /** Tasks and events, one row each (activityType tells which). */
  | 'activities'
  /** One row per campaign member, with the campaign and the lead or contact. */
  | 'campaignsWithMembers'
  /** Cases with account, contact and owner (blank owner: waiting in a queue). */
  | 'cases'
  /** Contacts with their account and owner. */
  | 'contacts'
  /** Leads with their owner. */
  | 'leads'
  /** Opportunities with their account, owner and primary campaign. */
  | 'opportunities'
  /** One row per opportunity and competitor: opportunities with a competitor, with the Competitor record. */
  | 'opportunitiesWithCompetitors'
  /** The saved reports themselves: who runs what, and how often. */
  | 'reports';

/** What to forecast and the service level to staff for. */
export type ServiceForecastInput = {
  /** Backtest holdout: the last N history days, 7..90 (default 28). */
  backtestDays?: number | null | undefined;
  /** One channel (case origin: Phone, Email, Web, Chat, Social); null = all. */
  channel?: string | null | undefined;
  /** Days of history the model is fitted on, 28..1095 (default 365), ending yesterday. */
  historyDays?: number | null | undefined;
  /** How many of the latest history days to return in history (0..1095, default 56). */
  historyPoints?: number | null | undefined;
  /** Days to forecast, from today: 1..90 (default 30). */
  horizonDays?: number | null | undefined;
  /** Forecast method (default AUTO). */
  method?: ServiceForecastMethod | null | undefined;
  /** Target service level: the share of cases answered within targetAnswerSeconds, 0.01..0.999 (default 0.8). */
  serviceLevelTarget?: number | null | undefined;
  /** Planned spikes applied to the forecast (at most 20). */
  spikes?: Array<ServiceForecastSpikeInput> | null | undefined;
  /** Answer target in seconds, 1..604800, for every channel. Default per channel: Phone 20 s, Chat 30 s, Email/Web/Social 3600 s (1 hour). */
  targetAnswerSeconds?: number | null | undefined;
  /** The channel's working hours per day, 0.5..24 (default 8): the day's volume arrives evenly over them. */
  workingHoursPerDay?: number | null | undefined;
};

/** How daily case volume is forecast. HOLT_WINTERS: additive triple exponential smoothing with a weekly season (m = 7), α/β/γ fitted by minimising the one-step-ahead squared error on the history. SEASONAL_NAIVE: each day repeats the same weekday of the last week (the baseline). AUTO (input only): per channel, the method with the lower backtest MAPE on the last backtestDays days; a tie or an unmeasurable backtest keeps the simpler baseline. */
export type ServiceForecastMethod =
  /** Input only: per channel, the method with the lower backtest MAPE. */
  | 'AUTO'
  /** Additive Holt-Winters, weekly season. */
  | 'HOLT_WINTERS'
  /** Same weekday of the last week. */
  | 'SEASONAL_NAIVE';

/** The rule that chose a channel's method (methodReason says it in words). */
export type ServiceForecastMethodRule =
  /** AUTO: Holt-Winters did not beat seasonal naive's backtest MAPE (a tie keeps the baseline). */
  | 'BASELINE_NOT_BEATEN'
  /** AUTO: Holt-Winters had the lower backtest MAPE. */
  | 'LOWER_BACKTEST_ERROR'
  /** AUTO: neither backtest MAPE could be measured (no non-zero day in the holdout): the simpler baseline. */
  | 'NOT_MEASURABLE'
  /** The method was given in the input. */
  | 'REQUESTED'
  /** Fewer than 14 days of history: Holt-Winters cannot start, so seasonal naive. */
  | 'SHORT_HISTORY';

/** A planned spike: the forecast of the days from..to (inclusive) is multiplied by factor. */
export type ServiceForecastSpikeInput = {
  /** The channel (case origin) affected; null = every channel. */
  channel?: string | null | undefined;
  /** Multiplier on the forecast volume, > 0 and ≤ 10: 1.4 = +40 % (a product launch), 0.5 = half. */
  factor: number;
  /** First day of the spike (inclusive). */
  from: string;
  /** Last day of the spike (inclusive). */
  to: string;
};

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

/** Conditions on Task records. */
export type TaskFilter = {
  /** All of these. */
  _and?: Array<TaskFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<TaskFilter> | null | undefined;
  accountId?: IdFilter | null | undefined;
  activityDate?: DateFilter | null | undefined;
  callDurationInSeconds?: NumberFilter | null | undefined;
  callType?: StringFilter | null | undefined;
  campaignId?: IdFilter | null | undefined;
  caseId?: IdFilter | null | undefined;
  completedDateTime?: DateTimeFilter | null | undefined;
  contactId?: IdFilter | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isClosed?: BooleanFilter | null | undefined;
  isHighPriority?: BooleanFilter | null | undefined;
  lastModifiedDate?: DateTimeFilter | null | undefined;
  leadId?: IdFilter | null | undefined;
  opportunityId?: IdFilter | null | undefined;
  ownerId?: IdFilter | null | undefined;
  priority?: StringFilter | null | undefined;
  status?: StringFilter | null | undefined;
  subject?: StringFilter | null | undefined;
  taskSubtype?: StringFilter | null | undefined;
  type?: StringFilter | null | undefined;
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

export type UpdateAccountInput = {
  accountSource?: string | null | undefined;
  annualRevenue?: number | null | undefined;
  billingCity?: string | null | undefined;
  billingCountry?: string | null | undefined;
  billingPostalCode?: string | null | undefined;
  billingState?: string | null | undefined;
  billingStreet?: string | null | undefined;
  description?: string | null | undefined;
  /** The version read; a record changed since fails with CONFLICT (extensions.current). */
  expectedVersion?: number | null | undefined;
  firstName?: string | null | undefined;
  industry?: string | null | undefined;
  isPersonAccount?: boolean | null | undefined;
  lastName?: string | null | undefined;
  name?: string | null | undefined;
  numberOfEmployees?: number | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  /** The parent account (account hierarchy). */
  parentId?: string | number | null | undefined;
  personEmail?: string | null | undefined;
  personMobilePhone?: string | null | undefined;
  phone?: string | null | undefined;
  rating?: string | null | undefined;
  type?: string | null | undefined;
  website?: string | null | undefined;
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

export type UpdateCaseInput = {
  /** Defaults to the contact's account. */
  accountId?: string | number | null | undefined;
  /** True: unassigned, in the queue of the case's origin (needs an origin). */
  assignToQueue?: boolean | null | undefined;
  /** Must belong to the account when both are given. */
  contactId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** The version read; a record changed since fails with CONFLICT (extensions.current). */
  expectedVersion?: number | null | undefined;
  isEscalated?: boolean | null | undefined;
  /** Phone, Email, Web, Chat or Social. */
  origin?: string | null | undefined;
  /** Defaults to the caller (unless assignToQueue). */
  ownerId?: string | number | null | undefined;
  /** The parent case. */
  parentId?: string | number | null | undefined;
  /** High, Medium (default) or Low. */
  priority?: string | null | undefined;
  productName?: string | null | undefined;
  reason?: string | null | undefined;
  /** A CaseStatus apiName; defaults to the default status. */
  status?: string | null | undefined;
  subject?: string | null | undefined;
  suppliedEmail?: string | null | undefined;
  suppliedName?: string | null | undefined;
  suppliedPhone?: string | null | undefined;
  type?: string | null | undefined;
};

export type UpdateContactInput = {
  accountId?: string | number | null | undefined;
  birthdate?: string | null | undefined;
  department?: string | null | undefined;
  description?: string | null | undefined;
  doNotCall?: boolean | null | undefined;
  email?: string | null | undefined;
  /** The version read; a record changed since fails with CONFLICT (extensions.current). */
  expectedVersion?: number | null | undefined;
  firstName?: string | null | undefined;
  hasOptedOutOfEmail?: boolean | null | undefined;
  lastName?: string | null | undefined;
  leadSource?: string | null | undefined;
  mailingCity?: string | null | undefined;
  mailingCountry?: string | null | undefined;
  mailingPostalCode?: string | null | undefined;
  mailingState?: string | null | undefined;
  mailingStreet?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  reportsToId?: string | number | null | undefined;
  salutation?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateForecastingQuotaInput = {
  quotaAmount?: number | null | undefined;
  quotaQuantity?: number | null | undefined;
  startDate?: string | null | undefined;
};

export type UpdateLeadInput = {
  annualRevenue?: number | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country?: string | null | undefined;
  description?: string | null | undefined;
  doNotCall?: boolean | null | undefined;
  email?: string | null | undefined;
  /** The version read; a record changed since fails with CONFLICT (extensions.current). */
  expectedVersion?: number | null | undefined;
  firstName?: string | null | undefined;
  hasOptedOutOfEmail?: boolean | null | undefined;
  industry?: string | null | undefined;
  lastName?: string | null | undefined;
  /** An active LeadSource apiName (query leadSources). */
  leadSource?: string | null | undefined;
  mobilePhone?: string | null | undefined;
  numberOfEmployees?: number | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** Hot, Warm or Cold. */
  rating?: string | null | undefined;
  salutation?: string | null | undefined;
  state?: string | null | undefined;
  /** A LeadStatus apiName that is not a converted status; defaults to the default status. */
  status?: string | null | undefined;
  street?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateOpportunityInput = {
  accountId?: string | number | null | undefined;
  amount?: number | null | undefined;
  /** Primary Campaign Source. */
  campaignId?: string | number | null | undefined;
  closeDate?: string | null | undefined;
  /** An active Competitor's name (see competitors). */
  competitor?: string | null | undefined;
  /** The primary contact; must belong to the account. */
  contactId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** The version read; a record changed since fails with CONFLICT (extensions.current). */
  expectedVersion?: number | null | undefined;
  /** Omitted, Pipeline, Best Case, Most Likely, Commit, Closed; defaults from the stage (null: the stage default). */
  forecastCategoryName?: string | null | undefined;
  leadSource?: string | null | undefined;
  /** An active LostReason apiName (see lostReasons); the default rules require it when Closed Lost. */
  lostReason?: string | null | undefined;
  name?: string | null | undefined;
  nextStep?: string | null | undefined;
  /** Defaults to the caller. */
  ownerId?: string | number | null | undefined;
  /** Percent 0..100; defaults from the stage (null: the stage default). */
  probability?: number | null | undefined;
  stageName?: string | null | undefined;
  type?: string | null | undefined;
};

/** Changes to a saved report; absent fields stay. */
export type UpdateReportInput = {
  /** New definition. */
  definition?: ReportDefinitionInput | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The version read; CONFLICT if the report changed since. */
  expectedVersion?: number | null | undefined;
  /** Move to this folder (null = private). */
  folderId?: string | number | null | undefined;
  /** New name. */
  name?: string | null | undefined;
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

export type UpdateValidationRuleInput = {
  /** The error condition (the write fails when it holds): { "and": [...] }, { "or": [...] }, { "not": {...} } or a leaf { "field", "op", "value"?, "prior"? } with op isBlank, isNotBlank, equals, notEquals, in, notIn, lt, lte, gt, gte, changed, stageAtOrAfter, stageBefore (Opportunity.stageName, by the stage order) or { "op": "isNew" }; "prior": true reads the value before the write. */
  condition?: unknown;
  description?: string | null | undefined;
  errorField?: string | null | undefined;
  errorMessage?: string | null | undefined;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
};

/** Conditions on User records. */
export type UserFilter = {
  /** All of these. */
  _and?: Array<UserFilter> | null | undefined;
  /** Any of these. */
  _or?: Array<UserFilter> | null | undefined;
  createdDate?: DateTimeFilter | null | undefined;
  email?: StringFilter | null | undefined;
  id?: IdFilter | null | undefined;
  isActive?: BooleanFilter | null | undefined;
  managerId?: IdFilter | null | undefined;
  name?: StringFilter | null | undefined;
  role?: StringFilter | null | undefined;
  title?: StringFilter | null | undefined;
};

/** What a user may do; record visibility also follows the manager hierarchy. */
export type UserRole =
  | 'ADMIN'
  | 'EXECUTIVE'
  | 'MARKETING_USER'
  | 'SALES_MANAGER'
  | 'SALES_REP'
  | 'SERVICE_AGENT';

export type AccountDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountDetailQuery = { account: { id: string, name: string, type: string | null, industry: string | null, rating: string | null, phone: string | null, website: string | null, accountSource: string | null, annualRevenue: number | null, numberOfEmployees: number | null, description: string | null, billingStreet: string | null, billingCity: string | null, billingState: string | null, billingPostalCode: string | null, billingCountry: string | null, isPersonAccount: boolean, firstName: string | null, lastName: string | null, personMobilePhone: string | null, personEmail: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, parent: { id: string, name: string } | null, personContact: { id: string } | null } };

export type AccountDetailFieldsFragment = { id: string, name: string, type: string | null, industry: string | null, rating: string | null, phone: string | null, website: string | null, accountSource: string | null, annualRevenue: number | null, numberOfEmployees: number | null, description: string | null, billingStreet: string | null, billingCity: string | null, billingState: string | null, billingPostalCode: string | null, billingCountry: string | null, isPersonAccount: boolean, firstName: string | null, lastName: string | null, personMobilePhone: string | null, personEmail: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, parent: { id: string, name: string } | null, personContact: { id: string } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { id: string, name: string, type: string | null, industry: string | null, rating: string | null, phone: string | null, website: string | null, accountSource: string | null, annualRevenue: number | null, numberOfEmployees: number | null, description: string | null, billingStreet: string | null, billingCity: string | null, billingState: string | null, billingPostalCode: string | null, billingCountry: string | null, isPersonAccount: boolean, firstName: string | null, lastName: string | null, personMobilePhone: string | null, personEmail: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, parent: { id: string, name: string } | null, personContact: { id: string } | null } };

export type UpdateAccountMutationVariables = Exact<{
  id: string | number;
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { updateAccount: { id: string, name: string, type: string | null, industry: string | null, rating: string | null, phone: string | null, website: string | null, accountSource: string | null, annualRevenue: number | null, numberOfEmployees: number | null, description: string | null, billingStreet: string | null, billingCity: string | null, billingState: string | null, billingPostalCode: string | null, billingCountry: string | null, isPersonAccount: boolean, firstName: string | null, lastName: string | null, personMobilePhone: string | null, personEmail: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, parent: { id: string, name: string } | null, personContact: { id: string } | null } };

export type AccountParentOptionsQueryVariables = Exact<{
  term: string;
}>;


export type AccountParentOptionsQuery = { accounts: { nodes: Array<{ id: string, name: string, billingCity: string | null }> } };

export type AccountCreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type AccountCreateContactMutation = { createContact: { id: string, name: string } };

export type AccountHierarchyQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountHierarchyQuery = { account: { id: string, name: string, ancestors: Array<{ id: string, name: string }>, childAccounts: { totalCount: number, nodes: Array<{ id: string, name: string, type: string | null, billingCity: string | null }> } } };

export type AccountContactsQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type AccountContactsQuery = { account: { id: string, contacts: { totalCount: number, nodes: Array<{ id: string, name: string, title: string | null, email: string | null, phone: string | null, mobilePhone: string | null }> } } };

export type AccountOpportunitiesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type AccountOpportunitiesQuery = { account: { id: string, open: { totalCount: number, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, isWon: boolean }> }, closed: { totalCount: number, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, isWon: boolean }> } } };

export type AccountOpportunityRowFragment = { id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, isWon: boolean };

export type AccountCasesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type AccountCasesQuery = { account: { id: string, cases: { totalCount: number, nodes: Array<{ id: string, caseNumber: string, subject: string | null, status: string, priority: string, isClosed: boolean }> } } };

export type AccountActivitiesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type AccountActivitiesQuery = { account: { id: string, openTasks: { totalCount: number, nodes: Array<{ id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, isClosed: boolean, contact: { id: string, name: string } | null }> }, pastTasks: { totalCount: number, nodes: Array<{ id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, isClosed: boolean, contact: { id: string, name: string } | null }> }, events: { totalCount: number, nodes: Array<{ id: string, subject: string | null, startDateTime: string | null, activityDate: string | null, location: string | null, isAllDayEvent: boolean }> } } };

export type AccountTaskRowFragment = { id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, isClosed: boolean, contact: { id: string, name: string } | null };

export type AccountCampaignsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountCampaignsQuery = { account: { id: string, personContact: { id: string, name: string, campaignMembers: { nodes: Array<{ id: string, status: string, hasResponded: boolean, campaign: { id: string, name: string, status: string } }> } } | null, contacts: { nodes: Array<{ id: string, name: string, campaignMembers: { nodes: Array<{ id: string, status: string, hasResponded: boolean, campaign: { id: string, name: string, status: string } }> } }> } } };

export type AccountCampaignMemberRowFragment = { id: string, status: string, hasResponded: boolean, campaign: { id: string, name: string, status: string } };

export type AccountTerritoriesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountTerritoriesQuery = { account: { id: string, territories: Array<{ id: string, name: string, type: { id: string, name: string } | null, model: { id: string, name: string } }> } };

export type AccountsExportQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  orderBy?: Array<AccountOrderBy> | AccountOrderBy | null | undefined;
}>;


export type AccountsExportQuery = { exportAccountsCsv: { csv: string, rowCount: number, truncated: boolean } };

export type AccountsListQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: Array<AccountOrderBy> | AccountOrderBy | null | undefined;
}>;


export type AccountsListQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, type: string | null, industry: string | null, billingCity: string | null, billingCountry: string | null, phone: string | null, owner: { id: string, name: string } }> } };

export type AccountsOwnerScopeQueryVariables = Exact<{
  managerId: string | number;
}>;


export type AccountsOwnerScopeQuery = { me: { id: string }, users: { nodes: Array<{ id: string }> } };

export type AccountsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsViewerQuery = { me: { id: string } };

export type TimelineTaskFragment = { id: string, subject: string | null, status: string, isClosed: boolean, taskSubtype: string, activityDate: string | null, createdDate: string, callDisposition: string | null, description: string | null, owner: { id: string, name: string } };

export type TimelineEventFragment = { id: string, subject: string | null, activityDate: string | null, startDateTime: string | null, endDateTime: string | null, isAllDayEvent: boolean, location: string | null, description: string | null, owner: { id: string, name: string } };

export type ActivityTimelineQueryVariables = Exact<{
  openTasks: TaskFilter;
  pastTasks: TaskFilter;
  upcomingEvents: EventFilter;
  pastEvents: EventFilter;
  upcomingFirst: number;
  pastFirst: number;
}>;


export type ActivityTimelineQuery = { openTasks: { totalCount: number, nodes: Array<{ id: string, subject: string | null, status: string, isClosed: boolean, taskSubtype: string, activityDate: string | null, createdDate: string, callDisposition: string | null, description: string | null, owner: { id: string, name: string } }> }, upcomingEvents: { totalCount: number, nodes: Array<{ id: string, subject: string | null, activityDate: string | null, startDateTime: string | null, endDateTime: string | null, isAllDayEvent: boolean, location: string | null, description: string | null, owner: { id: string, name: string } }> }, pastTasks: { totalCount: number, nodes: Array<{ id: string, subject: string | null, status: string, isClosed: boolean, taskSubtype: string, activityDate: string | null, createdDate: string, callDisposition: string | null, description: string | null, owner: { id: string, name: string } }> }, pastEvents: { totalCount: number, nodes: Array<{ id: string, subject: string | null, activityDate: string | null, startDateTime: string | null, endDateTime: string | null, isAllDayEvent: boolean, location: string | null, description: string | null, owner: { id: string, name: string } }> } };

export type LogACallMutationVariables = Exact<{
  input: LogACallInput;
}>;


export type LogACallMutation = { logACall: { id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, callDisposition: string | null } };

export type CreateQuickTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateQuickTaskMutation = { createTask: { id: string, subject: string | null, status: string, activityDate: string | null } };

export type ActivityRecordPickerQueryVariables = Exact<{
  term: string;
}>;


export type ActivityRecordPickerQuery = { contacts: { nodes: Array<{ id: string, name: string, phone: string | null, account: { id: string, name: string } | null }> }, leads: { nodes: Array<{ id: string, name: string, company: string, phone: string | null }> }, accounts: { nodes: Array<{ id: string, name: string, phone: string | null }> } };

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

export type CaseDetailFragment = { version: number, description: string | null, type: string | null, reason: string | null, productName: string | null, isEscalated: boolean, closedDate: string | null, firstResponseDate: string | null, agentInteractionCount: number, reopenCount: number, isFirstContactResolution: boolean, isInQueue: boolean, csatScore: number | null, csatComment: string | null, csatDate: string | null, suppliedName: string | null, suppliedEmail: string | null, suppliedPhone: string | null, id: string, caseNumber: string, subject: string | null, status: string, priority: string, origin: string | null, isClosed: boolean, createdDate: string, isFirstResponseBreached: boolean, isResolutionBreached: boolean, firstResponseMinutesLeft: number | null, resolutionMinutesLeft: number | null, firstResponseDueDate: string | null, resolutionDueDate: string | null, owner: { id: string, name: string } | null, contact: { id: string, name: string, phone: string | null } | null, files: Array<{ id: string, fileName: string, contentType: string, url: string }>, comments: { nodes: Array<{ id: string, body: string, isPublished: boolean, isResolution: boolean, createdDate: string, createdBy: { id: string, name: string } | null }> }, account: { id: string, name: string } | null };

export type CaseDetailPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailPageQuery = { case: { version: number, description: string | null, type: string | null, reason: string | null, productName: string | null, isEscalated: boolean, closedDate: string | null, firstResponseDate: string | null, agentInteractionCount: number, reopenCount: number, isFirstContactResolution: boolean, isInQueue: boolean, csatScore: number | null, csatComment: string | null, csatDate: string | null, suppliedName: string | null, suppliedEmail: string | null, suppliedPhone: string | null, id: string, caseNumber: string, subject: string | null, status: string, priority: string, origin: string | null, isClosed: boolean, createdDate: string, isFirstResponseBreached: boolean, isResolutionBreached: boolean, firstResponseMinutesLeft: number | null, resolutionMinutesLeft: number | null, firstResponseDueDate: string | null, resolutionDueDate: string | null, owner: { id: string, name: string } | null, contact: { id: string, name: string, phone: string | null } | null, files: Array<{ id: string, fileName: string, contentType: string, url: string }>, comments: { nodes: Array<{ id: string, body: string, isPublished: boolean, isResolution: boolean, createdDate: string, createdBy: { id: string, name: string } | null }> }, account: { id: string, name: string } | null }, caseStatuses: Array<{ apiName: string, masterLabel: string, isClosed: boolean }> };

export type UpdateCaseFieldsMutationVariables = Exact<{
  id: string | number;
  input: UpdateCaseInput;
}>;


export type UpdateCaseFieldsMutation = { updateCase: { version: number, description: string | null, type: string | null, reason: string | null, productName: string | null, isEscalated: boolean, closedDate: string | null, firstResponseDate: string | null, agentInteractionCount: number, reopenCount: number, isFirstContactResolution: boolean, isInQueue: boolean, csatScore: number | null, csatComment: string | null, csatDate: string | null, suppliedName: string | null, suppliedEmail: string | null, suppliedPhone: string | null, id: string, caseNumber: string, subject: string | null, status: string, priority: string, origin: string | null, isClosed: boolean, createdDate: string, isFirstResponseBreached: boolean, isResolutionBreached: boolean, firstResponseMinutesLeft: number | null, resolutionMinutesLeft: number | null, firstResponseDueDate: string | null, resolutionDueDate: string | null, owner: { id: string, name: string } | null, contact: { id: string, name: string, phone: string | null } | null, files: Array<{ id: string, fileName: string, contentType: string, url: string }>, comments: { nodes: Array<{ id: string, body: string, isPublished: boolean, isResolution: boolean, createdDate: string, createdBy: { id: string, name: string } | null }> }, account: { id: string, name: string } | null } };

export type AddCaseCommentMutationVariables = Exact<{
  input: AddCaseCommentInput;
}>;


export type AddCaseCommentMutation = { addCaseComment: { id: string } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { version: number, description: string | null, type: string | null, reason: string | null, productName: string | null, isEscalated: boolean, closedDate: string | null, firstResponseDate: string | null, agentInteractionCount: number, reopenCount: number, isFirstContactResolution: boolean, isInQueue: boolean, csatScore: number | null, csatComment: string | null, csatDate: string | null, suppliedName: string | null, suppliedEmail: string | null, suppliedPhone: string | null, id: string, caseNumber: string, subject: string | null, status: string, priority: string, origin: string | null, isClosed: boolean, createdDate: string, isFirstResponseBreached: boolean, isResolutionBreached: boolean, firstResponseMinutesLeft: number | null, resolutionMinutesLeft: number | null, firstResponseDueDate: string | null, resolutionDueDate: string | null, owner: { id: string, name: string } | null, contact: { id: string, name: string, phone: string | null } | null, files: Array<{ id: string, fileName: string, contentType: string, url: string }>, comments: { nodes: Array<{ id: string, body: string, isPublished: boolean, isResolution: boolean, createdDate: string, createdBy: { id: string, name: string } | null }> }, account: { id: string, name: string } | null } };

export type CaseCardFragment = { id: string, caseNumber: string, subject: string | null, status: string, priority: string, origin: string | null, isClosed: boolean, createdDate: string, isFirstResponseBreached: boolean, isResolutionBreached: boolean, firstResponseMinutesLeft: number | null, resolutionMinutesLeft: number | null, firstResponseDueDate: string | null, resolutionDueDate: string | null, firstResponseDate: string | null, closedDate: string | null, account: { id: string, name: string } | null };

export type CaseQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseQueuesQuery = { caseQueues: Array<{ origin: string, openCount: number, highPriorityCount: number, oldestCreatedDate: string | null }> };

export type CaseListQueryVariables = Exact<{
  filter: CaseFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: Array<CaseOrderBy> | CaseOrderBy | null | undefined;
}>;


export type CaseListQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, caseNumber: string, subject: string | null, status: string, priority: string, origin: string | null, isClosed: boolean, createdDate: string, isFirstResponseBreached: boolean, isResolutionBreached: boolean, firstResponseMinutesLeft: number | null, resolutionMinutesLeft: number | null, firstResponseDueDate: string | null, resolutionDueDate: string | null, firstResponseDate: string | null, closedDate: string | null, account: { id: string, name: string } | null }> } };

export type CaseConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseConsoleViewerQuery = { me: { id: string, role: UserRole } };

export type TakeNextCaseMutationVariables = Exact<{
  origin: string;
}>;


export type TakeNextCaseMutation = { takeNextCase: { id: string, caseNumber: string } | null };

export type ContactDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactDetailQuery = { contact: { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, department: string | null, email: string | null, phone: string | null, mobilePhone: string | null, leadSource: string | null, birthdate: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, mailingStreet: string | null, mailingCity: string | null, mailingState: string | null, mailingPostalCode: string | null, mailingCountry: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, account: { id: string, name: string } | null, reportsTo: { id: string, name: string } | null } };

export type ContactDetailFieldsFragment = { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, department: string | null, email: string | null, phone: string | null, mobilePhone: string | null, leadSource: string | null, birthdate: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, mailingStreet: string | null, mailingCity: string | null, mailingState: string | null, mailingPostalCode: string | null, mailingCountry: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, account: { id: string, name: string } | null, reportsTo: { id: string, name: string } | null };

export type ContactLeadSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactLeadSourcesQuery = { leadSources: Array<{ id: string, apiName: string }> };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { createContact: { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, department: string | null, email: string | null, phone: string | null, mobilePhone: string | null, leadSource: string | null, birthdate: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, mailingStreet: string | null, mailingCity: string | null, mailingState: string | null, mailingPostalCode: string | null, mailingCountry: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, account: { id: string, name: string } | null, reportsTo: { id: string, name: string } | null } };

export type UpdateContactMutationVariables = Exact<{
  id: string | number;
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, department: string | null, email: string | null, phone: string | null, mobilePhone: string | null, leadSource: string | null, birthdate: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, mailingStreet: string | null, mailingCity: string | null, mailingState: string | null, mailingPostalCode: string | null, mailingCountry: string | null, lastModifiedDate: string, version: number, owner: { id: string, name: string }, account: { id: string, name: string } | null, reportsTo: { id: string, name: string } | null } };

export type ContactAccountOptionsQueryVariables = Exact<{
  term: string;
}>;


export type ContactAccountOptionsQuery = { accounts: { nodes: Array<{ id: string, name: string, billingCity: string | null }> } };

export type ContactOpportunitiesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ContactOpportunitiesQuery = { contact: { id: string, open: { totalCount: number, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, isWon: boolean }> }, closed: { totalCount: number, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, isWon: boolean }> } } };

export type ContactOpportunityRowFragment = { id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, isWon: boolean };

export type ContactCasesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ContactCasesQuery = { contact: { id: string, cases: { totalCount: number, nodes: Array<{ id: string, caseNumber: string, subject: string | null, status: string, priority: string, isClosed: boolean }> } } };

export type ContactCampaignHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ContactCampaignHistoryQuery = { contact: { id: string, campaignMembers: { totalCount: number, nodes: Array<{ id: string, status: string, hasResponded: boolean, firstRespondedDate: string | null, createdDate: string, campaign: { id: string, name: string, status: string } }> } } };

export type ContactActivitiesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type ContactActivitiesQuery = { contact: { id: string, openTasks: { totalCount: number, nodes: Array<{ id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, isClosed: boolean }> }, pastTasks: { totalCount: number, nodes: Array<{ id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, isClosed: boolean }> }, events: { totalCount: number, nodes: Array<{ id: string, subject: string | null, startDateTime: string | null, activityDate: string | null, location: string | null, isAllDayEvent: boolean }> } } };

export type ContactTaskRowFragment = { id: string, subject: string | null, status: string, activityDate: string | null, taskSubtype: string, isClosed: boolean };

export type ContactsExportQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  orderBy?: Array<ContactOrderBy> | ContactOrderBy | null | undefined;
}>;


export type ContactsExportQuery = { exportContactsCsv: { csv: string, rowCount: number, truncated: boolean } };

export type ContactsListQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: Array<ContactOrderBy> | ContactOrderBy | null | undefined;
}>;


export type ContactsListQuery = { contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, title: string | null, email: string | null, phone: string | null, mobilePhone: string | null, mailingCity: string | null, account: { id: string, name: string } | null, owner: { id: string, name: string } }> } };

export type ContactsOwnerScopeQueryVariables = Exact<{
  managerId: string | number;
}>;


export type ContactsOwnerScopeQuery = { me: { id: string }, users: { nodes: Array<{ id: string }> } };

export type ContactsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactsViewerQuery = { me: { id: string } };

export type DashboardListQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardListQuery = { dashboards: Array<{ id: string, title: string, developerName: string, description: string | null, folder: string | null, dashboardType: DashboardType }> };

export type DashboardDetailQueryVariables = Exact<{
  id: string | number;
  filters?: DashboardFilterValuesInput | null | undefined;
}>;


export type DashboardDetailQuery = { dashboard: { id: string, title: string, developerName: string, description: string | null, dashboardType: DashboardType, runningUser: { id: string, name: string } | null, filters: Array<{ name: string, label: string, defaultValue: string | null, options: Array<{ value: string, label: string }> }>, components: Array<{ id: string, title: string, visualization: ChartType, reportId: string | null, kpi: string | null, document: string, documentHash: string, objects: Array<string>, settings: string | null, variables: unknown, position: { row: number, col: number, width: number } }> } | null };

export type RecordsChangedSubscriptionVariables = Exact<{
  objects: Array<string> | string;
}>;


export type RecordsChangedSubscription = { recordsChanged: { objectName: string, at: string } };

export type DashboardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardViewerQuery = { me: { id: string, name: string, role: UserRole } };

export type DashboardViewAsUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
}>;


export type DashboardViewAsUsersQuery = { users: { nodes: Array<{ id: string, name: string }> } };

export type DataBulkResultFragment = { total: number, succeeded: number, failed: number, created: number, updated: number, nothingWritten: boolean, dryRun: boolean, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> };

export type DataImportPreviewQueryVariables = Exact<{
  objectApiName: BulkObjectApiName;
  csv: string;
}>;


export type DataImportPreviewQuery = { importPreview: { headers: Array<string>, rows: Array<Array<string>>, rowCount: number, fields: Array<string>, mapping: Array<{ column: string, field: string | null }>, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> } };

export type DataImportRecordsMutationVariables = Exact<{
  input: ImportRecordsInput;
}>;


export type DataImportRecordsMutation = { importRecords: { total: number, succeeded: number, failed: number, created: number, updated: number, nothingWritten: boolean, dryRun: boolean, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> } };

export type DataMassUpdateAccountsMutationVariables = Exact<{
  input: MassUpdateAccountsInput;
}>;


export type DataMassUpdateAccountsMutation = { massUpdateAccounts: { total: number, succeeded: number, failed: number, created: number, updated: number, nothingWritten: boolean, dryRun: boolean, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> } };

export type DataMassUpdateContactsMutationVariables = Exact<{
  input: MassUpdateContactsInput;
}>;


export type DataMassUpdateContactsMutation = { massUpdateContacts: { total: number, succeeded: number, failed: number, created: number, updated: number, nothingWritten: boolean, dryRun: boolean, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> } };

export type DataMassUpdateLeadsMutationVariables = Exact<{
  input: MassUpdateLeadsInput;
}>;


export type DataMassUpdateLeadsMutation = { massUpdateLeads: { total: number, succeeded: number, failed: number, created: number, updated: number, nothingWritten: boolean, dryRun: boolean, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> } };

export type DataMassUpdateOpportunitiesMutationVariables = Exact<{
  input: MassUpdateOpportunitiesInput;
}>;


export type DataMassUpdateOpportunitiesMutation = { massUpdateOpportunities: { total: number, succeeded: number, failed: number, created: number, updated: number, nothingWritten: boolean, dryRun: boolean, errors: Array<{ row: number, id: string | null, field: string | null, code: string, message: string }> } };

export type QuotaFieldsFragment = { id: string, quotaOwnerId: string, territoryId: string | null, startDate: string, quotaAmount: number | null, quotaQuantity: number | null, productFamily: string | null };

export type QuotaOwnerChainFragment = { id: string, name: string, isActive: boolean, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string } | null } | null } | null } | null } | null } | null };

export type ForecastQuotaEditorQueryVariables = Exact<{
  filter: ForecastingQuotaFilter;
}>;


export type ForecastQuotaEditorQuery = { forecastingQuotas: { nodes: Array<{ id: string, quotaOwnerId: string, territoryId: string | null, startDate: string, quotaAmount: number | null, quotaQuantity: number | null, productFamily: string | null, quotaOwner: { id: string, name: string, isActive: boolean, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string } | null } | null } | null } | null } | null } | null } }> } };

export type ForecastQuotaTerritoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ForecastQuotaTerritoryQuery = { territory: { id: string, name: string, users: Array<{ id: string, isActive: boolean, roleInTerritory: string | null, user: { id: string, name: string, isActive: boolean, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string, manager: { id: string } | null } | null } | null } | null } | null } | null } }> } };

export type CreateForecastingQuotaMutationVariables = Exact<{
  input: CreateForecastingQuotaInput;
}>;


export type CreateForecastingQuotaMutation = { createForecastingQuota: { id: string, quotaOwnerId: string, territoryId: string | null, startDate: string, quotaAmount: number | null, quotaQuantity: number | null, productFamily: string | null } };

export type UpdateForecastingQuotaMutationVariables = Exact<{
  id: string | number;
  input: UpdateForecastingQuotaInput;
}>;


export type UpdateForecastingQuotaMutation = { updateForecastingQuota: { id: string, quotaOwnerId: string, territoryId: string | null, startDate: string, quotaAmount: number | null, quotaQuantity: number | null, productFamily: string | null } };

export type DeleteForecastingQuotaMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteForecastingQuotaMutation = { deleteForecastingQuota: string };

export type ForecastItemFieldsFragment = { forecastAmount: number, amountWithoutAdjustments: number, amountWithoutManagerAdjustment: number, ownerOnlyAmount: number, hasAdjustment: boolean, hasOwnerAdjustment: boolean, adjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string, adjustedBy: { id: string, name: string } } | null, ownerAdjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string } | null };

export type ForecastingTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ForecastingTypesQuery = { forecastingTypes: { nodes: Array<{ id: string, masterLabel: string, roleType: ForecastingRoleType, isAmount: boolean, hasAdjustments: boolean, hasOwnerAdjustments: boolean }> } };

export type ForecastGridQueryVariables = Exact<{
  input: ForecastGridInput;
}>;


export type ForecastGridQuery = { forecastGrid: { periodType: ForecastPeriodType, forecastingType: { id: string, masterLabel: string, roleType: ForecastingRoleType, isAmount: boolean, productFamily: string | null }, periods: Array<{ startDate: string, endDate: string }>, rows: Array<{ id: string, name: string, depth: number, parentId: string | null, hasChildren: boolean, canAdjust: boolean, canAdjustOwn: boolean, cells: Array<{ startDate: string, quota: number | null, attainment: number | null, openPipeline: { forecastAmount: number, amountWithoutAdjustments: number, amountWithoutManagerAdjustment: number, ownerOnlyAmount: number, hasAdjustment: boolean, hasOwnerAdjustment: boolean, adjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string, adjustedBy: { id: string, name: string } } | null, ownerAdjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string } | null }, bestCaseForecast: { forecastAmount: number, amountWithoutAdjustments: number, amountWithoutManagerAdjustment: number, ownerOnlyAmount: number, hasAdjustment: boolean, hasOwnerAdjustment: boolean, adjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string, adjustedBy: { id: string, name: string } } | null, ownerAdjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string } | null }, commitForecast: { forecastAmount: number, amountWithoutAdjustments: number, amountWithoutManagerAdjustment: number, ownerOnlyAmount: number, hasAdjustment: boolean, hasOwnerAdjustment: boolean, adjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string, adjustedBy: { id: string, name: string } } | null, ownerAdjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string } | null }, closedOnly: { forecastAmount: number, amountWithoutAdjustments: number, amountWithoutManagerAdjustment: number, ownerOnlyAmount: number, hasAdjustment: boolean, hasOwnerAdjustment: boolean, adjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string, adjustedBy: { id: string, name: string } } | null, ownerAdjustment: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, lastModifiedDate: string } | null } }> }> } };

export type AdjustForecastMutationVariables = Exact<{
  input: AdjustForecastInput;
}>;


export type AdjustForecastMutation = { adjustForecast: { id: string, version: number, adjustedAmount: number, adjustmentNote: string | null, isOwnerAdjustment: boolean } };

export type DeleteForecastingAdjustmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteForecastingAdjustmentMutation = { deleteForecastingAdjustment: string };

export type GroupPostFragment = { id: string, body: string, type: string, linkUrl: string | null, createdDate: string, canDelete: boolean, createdBy: { id: string, name: string }, group: { id: string, name: string }, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, mentions: Array<{ objectApiName: string, recordId: string, name: string | null }>, comments: Array<{ id: string, commentBody: string, createdDate: string, createdBy: { id: string, name: string } }> };

export type GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsQuery = { groups: Array<{ id: string, name: string, description: string | null, collaborationType: CollaborationType, memberCount: number, myRole: GroupMemberRole | null, isArchived: boolean }> };

export type GroupFeedQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type GroupFeedQuery = { group: { id: string, name: string, description: string | null, collaborationType: CollaborationType, memberCount: number, myRole: GroupMemberRole | null, canReadFeed: boolean, isArchived: boolean, owner: { id: string, name: string }, members: Array<{ id: string, role: GroupMemberRole, member: { id: string, name: string } }>, posts: Array<{ id: string, body: string, type: string, linkUrl: string | null, createdDate: string, canDelete: boolean, createdBy: { id: string, name: string }, group: { id: string, name: string }, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, mentions: Array<{ objectApiName: string, recordId: string, name: string | null }>, comments: Array<{ id: string, commentBody: string, createdDate: string, createdBy: { id: string, name: string } }> }> } };

export type RecordPostsQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordPostsQuery = { posts: Array<{ id: string, body: string, type: string, linkUrl: string | null, createdDate: string, canDelete: boolean, createdBy: { id: string, name: string }, group: { id: string, name: string }, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, mentions: Array<{ objectApiName: string, recordId: string, name: string | null }>, comments: Array<{ id: string, commentBody: string, createdDate: string, createdBy: { id: string, name: string } }> }> };

export type MentionSearchQueryVariables = Exact<{
  term: string;
}>;


export type MentionSearchQuery = { search: Array<{ objectApiName: string, id: string, name: string, subtitle: string | null }> };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { createGroup: { id: string } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { id: string, body: string, type: string, linkUrl: string | null, createdDate: string, canDelete: boolean, createdBy: { id: string, name: string }, group: { id: string, name: string }, attachments: Array<{ id: string, fileName: string, contentType: string, size: number, url: string }>, mentions: Array<{ objectApiName: string, recordId: string, name: string | null }>, comments: Array<{ id: string, commentBody: string, createdDate: string, createdBy: { id: string, name: string } }> } };

export type CreateCommentMutationVariables = Exact<{
  feedItemId: string | number;
  commentBody: string;
}>;


export type CreateCommentMutation = { createComment: { id: string } };

export type DeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePostMutation = { deletePost: string };

export type JoinGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, memberCount: number, myRole: GroupMemberRole | null, canReadFeed: boolean } };

export type LeaveGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaveGroupMutation = { leaveGroup: { id: string, memberCount: number, myRole: GroupMemberRole | null, canReadFeed: boolean } };

export type GroupUserChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupUserChoicesQuery = { users: { nodes: Array<{ id: string, name: string }> } };

export type AddGroupMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type AddGroupMemberMutation = { addGroupMember: { id: string, memberCount: number } };

export type HomeViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeViewerQuery = { me: { id: string, name: string, role: UserRole } };

export type HomeTodayQueryVariables = Exact<{
  ownerId: string | number;
  today: string;
  dayStart: string;
  dayEnd: string;
}>;


export type HomeTodayQuery = { dueToday: { totalCount: number, nodes: Array<{ id: string, subject: string | null, activityDate: string | null, taskSubtype: string, priority: string, contact: { id: string, name: string } | null, lead: { id: string, name: string } | null, account: { id: string, name: string } | null }> }, overdue: { totalCount: number, nodes: Array<{ id: string, subject: string | null, activityDate: string | null, taskSubtype: string, priority: string, contact: { id: string, name: string } | null, lead: { id: string, name: string } | null, account: { id: string, name: string } | null }> }, events: { totalCount: number, nodes: Array<{ id: string, subject: string | null, startDateTime: string | null, endDateTime: string | null, isAllDayEvent: boolean, location: string | null }> } };

export type HomeTaskFragment = { id: string, subject: string | null, activityDate: string | null, taskSubtype: string, priority: string, contact: { id: string, name: string } | null, lead: { id: string, name: string } | null, account: { id: string, name: string } | null };

export type HomeDealsQueryVariables = Exact<{
  ownerId: string | number;
}>;


export type HomeDealsQuery = { opportunities: { totalCount: number, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, account: { id: string, name: string } | null }> } };

export type HomeLeadStatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeLeadStatusesQuery = { leadStatuses: Array<{ id: string, apiName: string, isDefault: boolean }> };

export type HomeLeadsQueryVariables = Exact<{
  ownerId: string | number;
  status: string;
}>;


export type HomeLeadsQuery = { leads: { totalCount: number, nodes: Array<{ id: string, name: string, company: string, createdDate: string }> } };

export type HomePipelineStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePipelineStagesQuery = { opportunityStages: Array<{ id: string, apiName: string, masterLabel: string, sortOrder: number, isClosed: boolean }> };

export type HomePipelineQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type HomePipelineQuery = { opportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, stageName: string, amount: number | null }> } };

export type HomeApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeApprovalsQuery = { myApprovalQueue: Array<{ id: string }> };

export type HomeCreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type HomeCreateOpportunityMutation = { createOpportunity: { id: string, name: string } };

export type HomeAccountPickerQueryVariables = Exact<{
  term: string;
}>;


export type HomeAccountPickerQuery = { accounts: { nodes: Array<{ id: string, name: string, billingCity: string | null }> } };

export type ConvertAccountOptionsQueryVariables = Exact<{
  name: string;
}>;


export type ConvertAccountOptionsQuery = { accounts: { nodes: Array<{ id: string, name: string, billingCity: string | null }> } };

export type ConvertContactOptionsQueryVariables = Exact<{
  accountId: string | number;
}>;


export type ConvertContactOptionsQuery = { contacts: { nodes: Array<{ id: string, name: string, email: string | null }> } };

export type ConvertOpportunityOptionsQueryVariables = Exact<{
  accountId: string | number;
}>;


export type ConvertOpportunityOptionsQuery = { opportunities: { nodes: Array<{ id: string, name: string, stageName: string, closeDate: string }> } };

export type ConvertOwnerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConvertOwnerOptionsQuery = { users: { nodes: Array<{ id: string, name: string }> } };

export type ConvertLeadMutationVariables = Exact<{
  input: LeadConvertInput;
}>;


export type ConvertLeadMutation = { convertLead: { leadId: string, account: { id: string, name: string }, contact: { id: string, name: string }, opportunity: { id: string, name: string } | null } };

export type LeadDetailFragment = { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, company: string, email: string | null, phone: string | null, mobilePhone: string | null, status: string, leadSource: string | null, rating: string | null, industry: string | null, annualRevenue: number | null, numberOfEmployees: number | null, street: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, createdDate: string, lastModifiedDate: string, version: number, isConverted: boolean, isUnreadByOwner: boolean, convertedDate: string | null, owner: { id: string, name: string }, convertedAccount: { id: string, name: string } | null, convertedContact: { id: string, name: string } | null, convertedOpportunity: { id: string, name: string } | null };

export type LeadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadPageQuery = { lead: { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, company: string, email: string | null, phone: string | null, mobilePhone: string | null, status: string, leadSource: string | null, rating: string | null, industry: string | null, annualRevenue: number | null, numberOfEmployees: number | null, street: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, createdDate: string, lastModifiedDate: string, version: number, isConverted: boolean, isUnreadByOwner: boolean, convertedDate: string | null, owner: { id: string, name: string }, convertedAccount: { id: string, name: string } | null, convertedContact: { id: string, name: string } | null, convertedOpportunity: { id: string, name: string } | null } };

export type UpdateLeadMutationVariables = Exact<{
  id: string | number;
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, company: string, email: string | null, phone: string | null, mobilePhone: string | null, status: string, leadSource: string | null, rating: string | null, industry: string | null, annualRevenue: number | null, numberOfEmployees: number | null, street: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, createdDate: string, lastModifiedDate: string, version: number, isConverted: boolean, isUnreadByOwner: boolean, convertedDate: string | null, owner: { id: string, name: string }, convertedAccount: { id: string, name: string } | null, convertedContact: { id: string, name: string } | null, convertedOpportunity: { id: string, name: string } | null } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string, name: string, salutation: string | null, firstName: string | null, lastName: string, title: string | null, company: string, email: string | null, phone: string | null, mobilePhone: string | null, status: string, leadSource: string | null, rating: string | null, industry: string | null, annualRevenue: number | null, numberOfEmployees: number | null, street: string | null, city: string | null, state: string | null, postalCode: string | null, country: string | null, description: string | null, doNotCall: boolean, hasOptedOutOfEmail: boolean, createdDate: string, lastModifiedDate: string, version: number, isConverted: boolean, isUnreadByOwner: boolean, convertedDate: string | null, owner: { id: string, name: string }, convertedAccount: { id: string, name: string } | null, convertedContact: { id: string, name: string } | null, convertedOpportunity: { id: string, name: string } | null } };

export type MarkLeadReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkLeadReadMutation = { markLeadRead: { id: string, isUnreadByOwner: boolean } };

export type LeadRowFragment = { id: string, name: string, company: string, email: string | null, status: string, leadSource: string | null, rating: string | null, createdDate: string, isConverted: boolean, isUnreadByOwner: boolean, owner: { id: string, name: string } };

export type LeadsListQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: Array<LeadOrderBy> | LeadOrderBy | null | undefined;
}>;


export type LeadsListQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, company: string, email: string | null, status: string, leadSource: string | null, rating: string | null, createdDate: string, isConverted: boolean, isUnreadByOwner: boolean, owner: { id: string, name: string } }> } };

export type LeadsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadsViewerQuery = { me: { id: string, name: string, role: UserRole }, leadStatuses: Array<{ id: string, apiName: string, masterLabel: string, isConverted: boolean, isDefault: boolean, sortOrder: number }>, leadSources: Array<{ id: string, apiName: string, masterLabel: string }> };

export type LeadsTeamQueryVariables = Exact<{
  managerId: string | number;
}>;


export type LeadsTeamQuery = { users: { nodes: Array<{ id: string, name: string }> } };

export type ApprovalsQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalsQueueQuery = { myApprovalQueue: Array<{ id: string, opportunityId: string, status: string, requestedDiscountPercent: number, listAmount: number, discountedAmount: number, isAutoApproved: boolean, submitterComment: string | null, approverComment: string | null, createdDate: string, decidedDate: string | null, opportunity: { id: string, name: string, amount: number | null, listAmount: number | null, closeDate: string, stageName: string, account: { id: string, name: string } | null, owner: { id: string, name: string } } | null, submittedBy: { id: string, name: string }, approver: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null }> };

export type ApprovalsApproveMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type ApprovalsApproveMutation = { approveDiscountRequest: { id: string, opportunityId: string, status: string, requestedDiscountPercent: number, listAmount: number, discountedAmount: number, isAutoApproved: boolean, submitterComment: string | null, approverComment: string | null, createdDate: string, decidedDate: string | null, opportunity: { id: string, amount: number | null, listAmount: number | null, discountPercent: number | null } | null, submittedBy: { id: string, name: string }, approver: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null } };

export type ApprovalsRejectMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type ApprovalsRejectMutation = { rejectDiscountRequest: { id: string, opportunityId: string, status: string, requestedDiscountPercent: number, listAmount: number, discountedAmount: number, isAutoApproved: boolean, submitterComment: string | null, approverComment: string | null, createdDate: string, decidedDate: string | null, submittedBy: { id: string, name: string }, approver: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null } };

export type BoardOpportunitiesQueryVariables = Exact<{
  filter: OpportunityFilter;
  first: number;
}>;


export type BoardOpportunitiesQuery = { opportunities: { totalCount: number, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, competitor: string | null, lostReason: string | null, account: { id: string, name: string } | null }> } };

export type BoardCardFragment = { id: string, name: string, stageName: string, amount: number | null, closeDate: string, isClosed: boolean, competitor: string | null, lostReason: string | null, account: { id: string, name: string } | null };

export type OpportunityDiscountRequestFragment = { id: string, opportunityId: string, status: string, requestedDiscountPercent: number, listAmount: number, discountedAmount: number, isAutoApproved: boolean, submitterComment: string | null, approverComment: string | null, createdDate: string, decidedDate: string | null, submittedBy: { id: string, name: string }, approver: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null };

export type OpportunityDiscountsQueryVariables = Exact<{
  id: string | number;
}>;


export type OpportunityDiscountsQuery = { organization: { id: string, discountApprovalThreshold: number }, opportunity: { id: string, amount: number | null, listAmount: number | null, discountPercent: number | null, discountRequests: { nodes: Array<{ id: string, opportunityId: string, status: string, requestedDiscountPercent: number, listAmount: number, discountedAmount: number, isAutoApproved: boolean, submitterComment: string | null, approverComment: string | null, createdDate: string, decidedDate: string | null, submittedBy: { id: string, name: string }, approver: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null }> } } };

export type OpportunitySubmitDiscountMutationVariables = Exact<{
  opportunityId: string | number;
  discountPercent: number;
  comment?: string | null | undefined;
}>;


export type OpportunitySubmitDiscountMutation = { submitDiscountRequest: { id: string, opportunityId: string, status: string, requestedDiscountPercent: number, listAmount: number, discountedAmount: number, isAutoApproved: boolean, submitterComment: string | null, approverComment: string | null, createdDate: string, decidedDate: string | null, opportunity: { id: string, amount: number | null, listAmount: number | null, discountPercent: number | null } | null, submittedBy: { id: string, name: string }, approver: { id: string, name: string } | null, decidedBy: { id: string, name: string } | null } };

export type MoveOpportunityMutationVariables = Exact<{
  id: string | number;
  input: UpdateOpportunityInput;
}>;


export type MoveOpportunityMutation = { updateOpportunity: { id: string, stageName: string, amount: number | null, closeDate: string, probability: number | null, forecastCategoryName: string, isClosed: boolean, isWon: boolean, competitor: string | null, lostReason: string | null, lastModifiedDate: string, version: number } };

export type MyOpportunitiesQueryVariables = Exact<{
  filter: OpportunityFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: Array<OpportunityOrderBy> | OpportunityOrderBy | null | undefined;
}>;


export type MyOpportunitiesQuery = { opportunities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, stageName: string, amount: number | null, closeDate: string, probability: number | null, account: { id: string, name: string } | null, owner: { id: string, name: string } }> } };

export type OpportunitiesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunitiesViewerQuery = { me: { id: string, role: UserRole } };

export type OpportunityTeamQueryVariables = Exact<{
  managerId: string | number;
}>;


export type OpportunityTeamQuery = { users: { nodes: Array<{ id: string, name: string }> } };

export type OpportunityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OpportunityDetailQuery = { opportunity: { id: string, name: string, stageName: string, amount: number | null, listAmount: number | null, discountPercent: number | null, closeDate: string, probability: number | null, expectedRevenue: number | null, forecastCategoryName: string, isClosed: boolean, isWon: boolean, competitor: string | null, lostReason: string | null, nextStep: string | null, leadSource: string | null, type: string | null, description: string | null, createdDate: string, lastModifiedDate: string, version: number, account: { id: string, name: string } | null, contact: { id: string, name: string } | null, owner: { id: string, name: string } } };

export type OpportunityDetailFieldsFragment = { id: string, name: string, stageName: string, amount: number | null, listAmount: number | null, discountPercent: number | null, closeDate: string, probability: number | null, expectedRevenue: number | null, forecastCategoryName: string, isClosed: boolean, isWon: boolean, competitor: string | null, lostReason: string | null, nextStep: string | null, leadSource: string | null, type: string | null, description: string | null, createdDate: string, lastModifiedDate: string, version: number, account: { id: string, name: string } | null, contact: { id: string, name: string } | null, owner: { id: string, name: string } };

export type UpdateOpportunityDetailMutationVariables = Exact<{
  id: string | number;
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityDetailMutation = { updateOpportunity: { id: string, name: string, stageName: string, amount: number | null, listAmount: number | null, discountPercent: number | null, closeDate: string, probability: number | null, expectedRevenue: number | null, forecastCategoryName: string, isClosed: boolean, isWon: boolean, competitor: string | null, lostReason: string | null, nextStep: string | null, leadSource: string | null, type: string | null, description: string | null, createdDate: string, lastModifiedDate: string, version: number, account: { id: string, name: string } | null, contact: { id: string, name: string } | null, owner: { id: string, name: string } } };

export type OpportunityHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type OpportunityHistoryQuery = { opportunity: { id: string, history: { totalCount: number, nodes: Array<{ id: string, field: string, oldValue: string | null, newValue: string | null, createdDate: string, createdBy: { id: string, name: string } | null }> } } };

export type OpportunityStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunityStagesQuery = { opportunityStages: Array<{ id: string, apiName: string, masterLabel: string, sortOrder: number, isActive: boolean, isClosed: boolean, isWon: boolean, defaultProbability: number, guidance: string | null, keyFields: Array<string> }> };

export type OpportunityPicklistsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpportunityPicklistsQuery = { competitors: Array<{ id: string, name: string }>, lostReasons: Array<{ id: string, apiName: string, masterLabel: string }> };

export type OrderSummaryFragment = { id: string, orderNumber: string, status: string, effectiveDate: string, totalAmount: number, account: { id: string, name: string } | null, notification: { status: string } | null };

export type OrdersListQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrdersListQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, orderNumber: string, status: string, effectiveDate: string, totalAmount: number, account: { id: string, name: string } | null, notification: { status: string } | null } }> } };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { description: string | null, createdDate: string, allowedStatuses: Array<string>, id: string, orderNumber: string, status: string, effectiveDate: string, totalAmount: number, owner: { id: string, name: string }, opportunity: { id: string, name: string } | null, notification: { status: string, attempts: number, to: Array<string>, sentDate: string | null, lastError: string | null } | null, items: { edges: Array<{ node: { id: string, lineNumber: number, quantity: number, unitPrice: number, totalPrice: number, product: { id: string, name: string, productCode: string | null } | null } }> }, account: { id: string, name: string } | null } };

export type ChangeOrderStatusMutationVariables = Exact<{
  id: string | number;
  status: string;
}>;


export type ChangeOrderStatusMutation = { changeOrderStatus: { allowedStatuses: Array<string>, id: string, orderNumber: string, status: string, effectiveDate: string, totalAmount: number, account: { id: string, name: string } | null, notification: { status: string } | null } };

export type OrderCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderCatalogQuery = { pricebookEntries: { edges: Array<{ node: { id: string, unitPrice: number, pricebook: { id: string, isStandard: boolean } | null, product: { id: string, name: string, productCode: string | null, family: string | null, isActive: boolean } | null } }> } };

export type OrderAccountSearchQueryVariables = Exact<{
  term: string;
}>;


export type OrderAccountSearchQuery = { accounts: { edges: Array<{ node: { id: string, name: string } }> } };

export type OrderPrefillQueryVariables = Exact<{
  accountId: string | number;
}>;


export type OrderPrefillQuery = { account: { id: string, name: string } };

export type OrderOpportunityPrefillQueryVariables = Exact<{
  opportunityId: string | number;
}>;


export type OrderOpportunityPrefillQuery = { opportunity: { id: string, name: string, account: { id: string, name: string } | null } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { id: string, orderNumber: string, status: string } };

export type ReportGroupFieldsFragment = { key: string | null, label: string, count: number, aggregates: Array<number | null>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> };

export type ReportResultFieldsFragment = { reportType: ReportTypeName, format: ReportFormat, totalCount: number, truncated: boolean, columns: Array<{ name: string, label: string, dataType: ReportFieldType }>, rows: Array<{ recordId: string | null, values: Array<string | null>, groupKeys: Array<string | null> }>, aggregates: Array<{ key: string, function: ReportAggregateFunction, field: string | null, label: string, dataType: ReportFieldType | null }>, groupsDown: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null>, children: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> }>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> }>, groupsAcross: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null> }>, grandTotal: Array<{ key: string, value: number | null }> };

export type ReportTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportTypesQuery = { reportTypes: Array<{ name: ReportTypeName, label: string, defaultColumns: Array<string>, fields: Array<{ name: string, label: string, dataType: ReportFieldType, groupable: boolean, aggregatable: boolean, picklistValues: Array<string> | null }> }> };

export type RunReportQueryVariables = Exact<{
  definition: ReportDefinitionInput;
}>;


export type RunReportQuery = { runReport: { reportType: ReportTypeName, format: ReportFormat, totalCount: number, truncated: boolean, columns: Array<{ name: string, label: string, dataType: ReportFieldType }>, rows: Array<{ recordId: string | null, values: Array<string | null>, groupKeys: Array<string | null> }>, aggregates: Array<{ key: string, function: ReportAggregateFunction, field: string | null, label: string, dataType: ReportFieldType | null }>, groupsDown: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null>, children: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> }>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> }>, groupsAcross: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null> }>, grandTotal: Array<{ key: string, value: number | null }> } };

export type SavedReportFieldsFragment = { id: string, name: string, description: string | null, folderId: string | null, reportType: ReportTypeName, format: ReportFormat, lastRunDate: string | null, runCount: number, version: number, lastModifiedDate: string, folder: { id: string, name: string } | null, owner: { id: string, name: string } | null };

export type ReportFoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportFoldersQuery = { reportFolders: Array<{ id: string, name: string, accessType: ReportFolderAccess }> };

export type SavedReportsQueryVariables = Exact<{
  folderId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SavedReportsQuery = { reports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string | null, folderId: string | null, reportType: ReportTypeName, format: ReportFormat, lastRunDate: string | null, runCount: number, version: number, lastModifiedDate: string, folder: { id: string, name: string } | null, owner: { id: string, name: string } | null }> } };

export type SavedReportQueryVariables = Exact<{
  id: string | number;
}>;


export type SavedReportQuery = { report: { id: string, name: string, description: string | null, folderId: string | null, reportType: ReportTypeName, format: ReportFormat, lastRunDate: string | null, runCount: number, version: number, lastModifiedDate: string, definition: { reportType: ReportTypeName, columns: Array<string>, groupLimit: number | null, filters: Array<{ field: string, operator: ReportFilterOperator, value: string | null, values: Array<string> | null }> | null, groupingsDown: Array<{ field: string, dateGranularity: DateGranularity | null, sortOrder: SortDirection | null, sortAggregate: string | null }> | null, groupingsAcross: Array<{ field: string, dateGranularity: DateGranularity | null, sortOrder: SortDirection | null }> | null, aggregates: Array<{ function: ReportAggregateFunction, field: string | null }> | null, chart: { type: ChartType } | null }, folder: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;


export type CreateReportMutation = { createReport: { id: string, name: string, description: string | null, folderId: string | null, reportType: ReportTypeName, format: ReportFormat, lastRunDate: string | null, runCount: number, version: number, lastModifiedDate: string, folder: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type UpdateReportMutationVariables = Exact<{
  id: string | number;
  input: UpdateReportInput;
}>;


export type UpdateReportMutation = { updateReport: { id: string, name: string, description: string | null, folderId: string | null, reportType: ReportTypeName, format: ReportFormat, lastRunDate: string | null, runCount: number, version: number, lastModifiedDate: string, folder: { id: string, name: string } | null, owner: { id: string, name: string } | null } };

export type CreateReportFolderMutationVariables = Exact<{
  input: ReportFolderInput;
}>;


export type CreateReportFolderMutation = { createReportFolder: { id: string, name: string, accessType: ReportFolderAccess } };

export type RunSavedReportMutationVariables = Exact<{
  id: string | number;
}>;


export type RunSavedReportMutation = { runSavedReport: { reportType: ReportTypeName, format: ReportFormat, totalCount: number, truncated: boolean, columns: Array<{ name: string, label: string, dataType: ReportFieldType }>, rows: Array<{ recordId: string | null, values: Array<string | null>, groupKeys: Array<string | null> }>, aggregates: Array<{ key: string, function: ReportAggregateFunction, field: string | null, label: string, dataType: ReportFieldType | null }>, groupsDown: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null>, children: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> }>, cells: Array<{ key: string | null, count: number, aggregates: Array<number | null> }> }>, groupsAcross: Array<{ key: string | null, label: string, count: number, aggregates: Array<number | null> }>, grandTotal: Array<{ key: string, value: number | null }> } };

export type ExportReportCsvQueryVariables = Exact<{
  reportId?: string | number | null | undefined;
  definition?: ReportDefinitionInput | null | undefined;
}>;


export type ExportReportCsvQuery = { exportReportCsv: { csv: string, rowCount: number, truncated: boolean, fileName: string } };

export type GlobalSearchQueryVariables = Exact<{
  term: string;
  first: number;
}>;


export type GlobalSearchQuery = { search: Array<{ id: string, objectApiName: string, name: string, subtitle: string | null, rank: number }> };

export type ServiceForecastQueryVariables = Exact<{
  input?: ServiceForecastInput | null | undefined;
}>;


export type ServiceForecastQuery = { serviceForecast: { asOfDate: string, historyFrom: string, backtestDays: number, serviceLevelTarget: number, workingHoursPerDay: number, channels: Array<{ channel: string, method: ServiceForecastMethod, methodRule: ServiceForecastMethodRule, methodReason: string, mape: number | null, holtWintersMape: number | null, seasonalNaiveMape: number | null, historyTotal: number, averageHandleTimeSeconds: number, handleTimeSource: HandleTimeSource, handleTimeSampleSize: number, targetAnswerSeconds: number, history: Array<{ date: string, volume: number }>, forecast: Array<{ date: string, volume: number, lower: number | null, upper: number | null, spikeFactor: number, adjustedVolume: number }>, staffing: Array<{ date: string, agentsNeeded: number, serviceLevel: number, occupancy: number }> }> } };

export type SetupValidationRuleFragment = { id: string, objectApiName: string, name: string, description: string | null, isActive: boolean, condition: unknown, errorMessage: string, errorField: string };

export type SetupValidationRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupValidationRulesQuery = { validationRules: Array<{ id: string, objectApiName: string, name: string, description: string | null, isActive: boolean, condition: unknown, errorMessage: string, errorField: string }> };

export type SetupCreateValidationRuleMutationVariables = Exact<{
  input: CreateValidationRuleInput;
}>;


export type SetupCreateValidationRuleMutation = { createValidationRule: { id: string, objectApiName: string, name: string, description: string | null, isActive: boolean, condition: unknown, errorMessage: string, errorField: string } };

export type SetupUpdateValidationRuleMutationVariables = Exact<{
  id: string | number;
  input: UpdateValidationRuleInput;
}>;


export type SetupUpdateValidationRuleMutation = { updateValidationRule: { id: string, objectApiName: string, name: string, description: string | null, isActive: boolean, condition: unknown, errorMessage: string, errorField: string } };

export type SetupDeleteValidationRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type SetupDeleteValidationRuleMutation = { deleteValidationRule: string };

export type SetupStageFragment = { id: string, apiName: string, masterLabel: string, sortOrder: number, defaultProbability: number, forecastCategoryName: string, isClosed: boolean, isWon: boolean, isActive: boolean, guidance: string | null, keyFields: Array<string> };

export type SetupStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStagesQuery = { opportunityStages: Array<{ id: string, apiName: string, masterLabel: string, sortOrder: number, defaultProbability: number, forecastCategoryName: string, isClosed: boolean, isWon: boolean, isActive: boolean, guidance: string | null, keyFields: Array<string> }> };

export type SetupCreateStageMutationVariables = Exact<{
  input: OpportunityStageInput;
}>;


export type SetupCreateStageMutation = { createOpportunityStage: { id: string, apiName: string, masterLabel: string, sortOrder: number, defaultProbability: number, forecastCategoryName: string, isClosed: boolean, isWon: boolean, isActive: boolean, guidance: string | null, keyFields: Array<string> } };

export type SetupUpdateStageMutationVariables = Exact<{
  id: string | number;
  input: OpportunityStageInput;
}>;


export type SetupUpdateStageMutation = { updateOpportunityStage: { id: string, apiName: string, masterLabel: string, sortOrder: number, defaultProbability: number, forecastCategoryName: string, isClosed: boolean, isWon: boolean, isActive: boolean, guidance: string | null, keyFields: Array<string> } };

export type SetupDeleteStageMutationVariables = Exact<{
  id: string | number;
}>;


export type SetupDeleteStageMutation = { deleteOpportunityStage: string };

export type SetupReorderStagesMutationVariables = Exact<{
  apiNames: Array<string> | string;
}>;


export type SetupReorderStagesMutation = { reorderOpportunityStages: Array<{ id: string, apiName: string, masterLabel: string, sortOrder: number, defaultProbability: number, forecastCategoryName: string, isClosed: boolean, isWon: boolean, isActive: boolean, guidance: string | null, keyFields: Array<string> }> };

export type SetupCompetitorFragment = { id: string, name: string, strengths: string | null, weaknesses: string | null, isActive: boolean };

export type SetupLostReasonFragment = { id: string, apiName: string, masterLabel: string, sortOrder: number, isActive: boolean };

export type SetupPicklistsQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupPicklistsQuery = { competitors: Array<{ id: string, name: string, strengths: string | null, weaknesses: string | null, isActive: boolean }>, lostReasons: Array<{ id: string, apiName: string, masterLabel: string, sortOrder: number, isActive: boolean }> };

export type SetupCreateCompetitorMutationVariables = Exact<{
  input: CompetitorInput;
}>;


export type SetupCreateCompetitorMutation = { createCompetitor: { id: string, name: string, strengths: string | null, weaknesses: string | null, isActive: boolean } };

export type SetupUpdateCompetitorMutationVariables = Exact<{
  id: string | number;
  input: CompetitorInput;
}>;


export type SetupUpdateCompetitorMutation = { updateCompetitor: { id: string, name: string, strengths: string | null, weaknesses: string | null, isActive: boolean } };

export type SetupDeleteCompetitorMutationVariables = Exact<{
  id: string | number;
}>;


export type SetupDeleteCompetitorMutation = { deleteCompetitor: string };

export type SetupCreateLostReasonMutationVariables = Exact<{
  input: LostReasonInput;
}>;


export type SetupCreateLostReasonMutation = { createLostReason: { id: string, apiName: string, masterLabel: string, sortOrder: number, isActive: boolean } };

export type SetupUpdateLostReasonMutationVariables = Exact<{
  id: string | number;
  input: LostReasonInput;
}>;


export type SetupUpdateLostReasonMutation = { updateLostReason: { id: string, apiName: string, masterLabel: string, sortOrder: number, isActive: boolean } };

export type SetupDeleteLostReasonMutationVariables = Exact<{
  id: string | number;
}>;


export type SetupDeleteLostReasonMutation = { deleteLostReason: string };

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

export const AccountDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accountSource"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"billingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonAccount"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"personMobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"personEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountDetailFieldsFragment, unknown>;
export const AccountOpportunityRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountOpportunityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}}]}}]} as unknown as DocumentNode<AccountOpportunityRowFragment, unknown>;
export const AccountTaskRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountTaskRowFragment, unknown>;
export const AccountCampaignMemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountCampaignMemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccountCampaignMemberRowFragment, unknown>;
export const TimelineTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"callDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineTaskFragment, unknown>;
export const TimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"endDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"isAllDayEvent"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineEventFragment, unknown>;
export const CampaignRollupsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}}]} as unknown as DocumentNode<CampaignRollupsFragment, unknown>;
export const CampaignTreeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRollups"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRollups"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}}]}}]} as unknown as DocumentNode<CampaignTreeRowFragment, unknown>;
export const CampaignStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"amountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfConvertedLeads"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfContacts"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfResponses"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberOfWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountAllOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyAmountWonOpportunities"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"actualCost"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberSent"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyBudgetedCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyActualCost"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyExpectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyNumberSent"}}]}}]} as unknown as DocumentNode<CampaignStatsFragment, unknown>;
export const CampaignMemberStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMemberStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]} as unknown as DocumentNode<CampaignMemberStatusFieldsFragment, unknown>;
export const CampaignMemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignMemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedDate"}},{"kind":"Field","name":{"kind":"Name","value":"companyOrAccount"}}]}}]} as unknown as DocumentNode<CampaignMemberRowFragment, unknown>;
export const CaseCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"isResolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseCardFragment, unknown>;
export const CaseDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"isEscalated"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentInteractionCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstContactResolution"}},{"kind":"Field","name":{"kind":"Name","value":"isInQueue"}},{"kind":"Field","name":{"kind":"Name","value":"csatScore"}},{"kind":"Field","name":{"kind":"Name","value":"csatComment"}},{"kind":"Field","name":{"kind":"Name","value":"csatDate"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedName"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"isResolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"isResolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseDetailFragment, unknown>;
export const ContactDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"mailingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCity"}},{"kind":"Field","name":{"kind":"Name","value":"mailingState"}},{"kind":"Field","name":{"kind":"Name","value":"mailingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactDetailFieldsFragment, unknown>;
export const ContactOpportunityRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOpportunityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}}]}}]} as unknown as DocumentNode<ContactOpportunityRowFragment, unknown>;
export const ContactTaskRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}}]} as unknown as DocumentNode<ContactTaskRowFragment, unknown>;
export const DataBulkResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataBulkResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"nothingWritten"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataBulkResultFragment, unknown>;
export const QuotaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"productFamily"}}]}}]} as unknown as DocumentNode<QuotaFieldsFragment, unknown>;
export const QuotaOwnerChainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaOwnerChain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuotaOwnerChainFragment, unknown>;
export const ForecastItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountWithoutAdjustments"}},{"kind":"Field","name":{"kind":"Name","value":"amountWithoutManagerAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOnlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"hasOwnerAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentNote"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerAdjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentNote"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}}]}}]}}]} as unknown as DocumentNode<ForecastItemFieldsFragment, unknown>;
export const GroupPostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentBody"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GroupPostFragment, unknown>;
export const HomeTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeTaskFragment, unknown>;
export const LeadDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}},{"kind":"Field","name":{"kind":"Name","value":"convertedDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadDetailFragment, unknown>;
export const LeadRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadRowFragment, unknown>;
export const BoardCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardCardFragment, unknown>;
export const OpportunityDiscountRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDiscountRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"submitterComment"}},{"kind":"Field","name":{"kind":"Name","value":"approverComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpportunityDiscountRequestFragment, unknown>;
export const OpportunityDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpportunityDetailFieldsFragment, unknown>;
export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const ReportGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}}]}}]} as unknown as DocumentNode<ReportGroupFieldsFragment, unknown>;
export const ReportResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"groupKeys"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsDown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportGroupFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportGroupFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsAcross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}}]}}]} as unknown as DocumentNode<ReportResultFieldsFragment, unknown>;
export const SavedReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunDate"}},{"kind":"Field","name":{"kind":"Name","value":"runCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SavedReportFieldsFragment, unknown>;
export const SetupValidationRuleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupValidationRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"errorField"}}]}}]} as unknown as DocumentNode<SetupValidationRuleFragment, unknown>;
export const SetupStageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProbability"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"keyFields"}}]}}]} as unknown as DocumentNode<SetupStageFragment, unknown>;
export const SetupCompetitorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupCompetitor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"weaknesses"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupCompetitorFragment, unknown>;
export const SetupLostReasonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupLostReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LostReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupLostReasonFragment, unknown>;
export const TerritoryModelSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryModelSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunRulesEndDate"}}]}}]} as unknown as DocumentNode<TerritoryModelSummaryFragment, unknown>;
export const TerritoryBalanceNumbersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"closedWonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]} as unknown as DocumentNode<TerritoryBalanceNumbersFragment, unknown>;
export const TerritoryTreeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryTreeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"roleInTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hierarchyMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceNumbers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceNumbers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}},{"kind":"Field","name":{"kind":"Name","value":"closedWonAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}}]}}]} as unknown as DocumentNode<TerritoryTreeRowFragment, unknown>;
export const TerritoryRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryAssignmentRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"booleanFilter"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"territoryAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isInherited"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryRuleFieldsFragment, unknown>;
export const TerritoryBalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]} as unknown as DocumentNode<TerritoryBalanceFieldsFragment, unknown>;
export const AssignmentRunResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRunResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentRunResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"isPreview"}},{"kind":"Field","name":{"kind":"Name","value":"accountsEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"accountsAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"accountsWithoutTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"movesTotalCount"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTerritories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"territory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoryBalanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoryBalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoryBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAnnualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"}}]}}]} as unknown as DocumentNode<AssignmentRunResultFieldsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const AccountDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accountSource"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"billingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonAccount"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"personMobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"personEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountDetailQuery, AccountDetailQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accountSource"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"billingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonAccount"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"personMobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"personEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accountSource"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"billingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"billingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"isPersonAccount"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"personMobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"personEmail"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const AccountParentOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountParentOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}}]}}]}}]}}]} as unknown as DocumentNode<AccountParentOptionsQuery, AccountParentOptionsQueryVariables>;
export const AccountCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountCreateContactMutation, AccountCreateContactMutationVariables>;
export const AccountHierarchyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountHierarchy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountHierarchyQuery, AccountHierarchyQueryVariables>;
export const AccountContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountContactsQuery, AccountContactsQueryVariables>;
export const AccountOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountOpportunityRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closed"},"name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountOpportunityRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountOpportunityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}}]}}]} as unknown as DocumentNode<AccountOpportunitiesQuery, AccountOpportunitiesQueryVariables>;
export const AccountCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountCasesQuery, AccountCasesQueryVariables>;
export const AccountActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"openTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountTaskRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pastTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountTaskRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"startDateTime"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isAllDayEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountActivitiesQuery, AccountActivitiesQueryVariables>;
export const AccountCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"campaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountCampaignMemberRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"campaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountCampaignMemberRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountCampaignMemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AccountCampaignsQuery, AccountCampaignsQueryVariables>;
export const AccountTerritoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountTerritories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"territories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountTerritoriesQuery, AccountTerritoriesQueryVariables>;
export const AccountsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAccountsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<AccountsExportQuery, AccountsExportQueryVariables>;
export const AccountsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsListQuery, AccountsListQueryVariables>;
export const AccountsOwnerScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsOwnerScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"managerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccountsOwnerScopeQuery, AccountsOwnerScopeQueryVariables>;
export const AccountsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccountsViewerQuery, AccountsViewerQueryVariables>;
export const ActivityTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openTasks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pastTasks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcomingEvents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pastEvents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcomingFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pastFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"openTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openTasks"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcomingFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineTask"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcomingEvents"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcomingEvents"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcomingFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"startDateTime"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEvent"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pastTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pastTasks"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pastFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineTask"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pastEvents"},"name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pastEvents"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pastFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"startDateTime"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"callDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"endDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"isAllDayEvent"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivityTimelineQuery, ActivityTimelineQueryVariables>;
export const LogACallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogACall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogACallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logACall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"callDisposition"}}]}}]}}]} as unknown as DocumentNode<LogACallMutation, LogACallMutationVariables>;
export const CreateQuickTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuickTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}}]}}]}}]} as unknown as DocumentNode<CreateQuickTaskMutation, CreateQuickTaskMutationVariables>;
export const ActivityRecordPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityRecordPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isConverted"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityRecordPickerQuery, ActivityRecordPickerQueryVariables>;
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
export const CaseDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"isResolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"isEscalated"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentInteractionCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstContactResolution"}},{"kind":"Field","name":{"kind":"Name","value":"isInQueue"}},{"kind":"Field","name":{"kind":"Name","value":"csatScore"}},{"kind":"Field","name":{"kind":"Name","value":"csatComment"}},{"kind":"Field","name":{"kind":"Name","value":"csatDate"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedName"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"isResolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailPageQuery, CaseDetailPageQueryVariables>;
export const UpdateCaseFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCaseFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"isResolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"isEscalated"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentInteractionCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstContactResolution"}},{"kind":"Field","name":{"kind":"Name","value":"isInQueue"}},{"kind":"Field","name":{"kind":"Name","value":"csatScore"}},{"kind":"Field","name":{"kind":"Name","value":"csatComment"}},{"kind":"Field","name":{"kind":"Name","value":"csatDate"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedName"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"isResolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCaseFieldsMutation, UpdateCaseFieldsMutationVariables>;
export const AddCaseCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCaseCommentMutation, AddCaseCommentMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"isResolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCard"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"isEscalated"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"agentInteractionCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstContactResolution"}},{"kind":"Field","name":{"kind":"Name","value":"isInQueue"}},{"kind":"Field","name":{"kind":"Name","value":"csatScore"}},{"kind":"Field","name":{"kind":"Name","value":"csatComment"}},{"kind":"Field","name":{"kind":"Name","value":"csatDate"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedName"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"suppliedPhone"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isPublished"}},{"kind":"Field","name":{"kind":"Name","value":"isResolution"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const CaseQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}},{"kind":"Field","name":{"kind":"Name","value":"highPriorityCount"}},{"kind":"Field","name":{"kind":"Name","value":"oldestCreatedDate"}}]}}]}}]} as unknown as DocumentNode<CaseQueuesQuery, CaseQueuesQueryVariables>;
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isFirstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"isResolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const CaseConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CaseConsoleViewerQuery, CaseConsoleViewerQueryVariables>;
export const TakeNextCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeNextCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"origin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeNextCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"origin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"origin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]} as unknown as DocumentNode<TakeNextCaseMutation, TakeNextCaseMutationVariables>;
export const ContactDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"mailingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCity"}},{"kind":"Field","name":{"kind":"Name","value":"mailingState"}},{"kind":"Field","name":{"kind":"Name","value":"mailingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactDetailQuery, ContactDetailQueryVariables>;
export const ContactLeadSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactLeadSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}}]}}]}}]} as unknown as DocumentNode<ContactLeadSourcesQuery, ContactLeadSourcesQueryVariables>;
export const CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"mailingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCity"}},{"kind":"Field","name":{"kind":"Name","value":"mailingState"}},{"kind":"Field","name":{"kind":"Name","value":"mailingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"birthdate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"mailingStreet"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCity"}},{"kind":"Field","name":{"kind":"Name","value":"mailingState"}},{"kind":"Field","name":{"kind":"Name","value":"mailingPostalCode"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateContactMutation, UpdateContactMutationVariables>;
export const ContactAccountOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAccountOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}}]}}]}}]}}]} as unknown as DocumentNode<ContactAccountOptionsQuery, ContactAccountOptionsQueryVariables>;
export const ContactOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOpportunityRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closed"},"name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactOpportunityRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactOpportunityRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}}]}}]} as unknown as DocumentNode<ContactOpportunitiesQuery, ContactOpportunitiesQueryVariables>;
export const ContactCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactCasesQuery, ContactCasesQueryVariables>;
export const ContactCampaignHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactCampaignHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"campaignMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasResponded"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactCampaignHistoryQuery, ContactCampaignHistoryQueryVariables>;
export const ContactActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"openTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTaskRow"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pastTasks"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactTaskRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"startDateTime"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isAllDayEvent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactTaskRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}}]} as unknown as DocumentNode<ContactActivitiesQuery, ContactActivitiesQueryVariables>;
export const ContactsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportContactsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<ContactsExportQuery, ContactsExportQueryVariables>;
export const ContactsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"mailingCity"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactsListQuery, ContactsListQueryVariables>;
export const ContactsOwnerScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsOwnerScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"managerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsOwnerScopeQuery, ContactsOwnerScopeQueryVariables>;
export const ContactsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContactsViewerQuery, ContactsViewerQueryVariables>;
export const DashboardListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"developerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"dashboardType"}}]}}]}}]} as unknown as DocumentNode<DashboardListQuery, DashboardListQueryVariables>;
export const DashboardDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardFilterValuesInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"developerName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dashboardType"}},{"kind":"Field","name":{"kind":"Name","value":"runningUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"visualization"}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"col"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"documentHash"}},{"kind":"Field","name":{"kind":"Name","value":"objects"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filters"}}}]}]}}]}}]}}]} as unknown as DocumentNode<DashboardDetailQuery, DashboardDetailQueryVariables>;
export const RecordsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecordsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objects"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objects"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objects"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<RecordsChangedSubscription, RecordsChangedSubscriptionVariables>;
export const DashboardViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<DashboardViewerQuery, DashboardViewerQueryVariables>;
export const DashboardViewAsUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardViewAsUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardViewAsUsersQuery, DashboardViewAsUsersQueryVariables>;
export const DataImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectApiName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkObjectApiName"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectApiName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectApiName"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DataImportPreviewQuery, DataImportPreviewQueryVariables>;
export const DataImportRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataImportRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataBulkResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataBulkResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"nothingWritten"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataImportRecordsMutation, DataImportRecordsMutationVariables>;
export const DataMassUpdateAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataMassUpdateAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MassUpdateAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"massUpdateAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataBulkResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataBulkResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"nothingWritten"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataMassUpdateAccountsMutation, DataMassUpdateAccountsMutationVariables>;
export const DataMassUpdateContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataMassUpdateContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MassUpdateContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"massUpdateContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataBulkResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataBulkResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"nothingWritten"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataMassUpdateContactsMutation, DataMassUpdateContactsMutationVariables>;
export const DataMassUpdateLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataMassUpdateLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MassUpdateLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"massUpdateLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataBulkResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataBulkResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"nothingWritten"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataMassUpdateLeadsMutation, DataMassUpdateLeadsMutationVariables>;
export const DataMassUpdateOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataMassUpdateOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MassUpdateOpportunitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"massUpdateOpportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataBulkResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataBulkResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"nothingWritten"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DataMassUpdateOpportunitiesMutation, DataMassUpdateOpportunitiesMutationVariables>;
export const ForecastQuotaEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastQuotaEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingQuotaFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastingQuotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}},{"kind":"Field","name":{"kind":"Name","value":"quotaOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaOwnerChain"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"productFamily"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaOwnerChain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForecastQuotaEditorQuery, ForecastQuotaEditorQueryVariables>;
export const ForecastQuotaTerritoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastQuotaTerritory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"roleInTerritory"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaOwnerChain"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaOwnerChain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForecastQuotaTerritoryQuery, ForecastQuotaTerritoryQueryVariables>;
export const CreateForecastingQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForecastingQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateForecastingQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForecastingQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"productFamily"}}]}}]} as unknown as DocumentNode<CreateForecastingQuotaMutation, CreateForecastingQuotaMutationVariables>;
export const UpdateForecastingQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateForecastingQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateForecastingQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateForecastingQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"territoryId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"quotaQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"productFamily"}}]}}]} as unknown as DocumentNode<UpdateForecastingQuotaMutation, UpdateForecastingQuotaMutationVariables>;
export const DeleteForecastingQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteForecastingQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteForecastingQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteForecastingQuotaMutation, DeleteForecastingQuotaMutationVariables>;
export const ForecastingTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastingTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastingTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"isAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasAdjustments"}},{"kind":"Field","name":{"kind":"Name","value":"hasOwnerAdjustments"}}]}}]}}]}}]} as unknown as DocumentNode<ForecastingTypesQuery, ForecastingTypesQueryVariables>;
export const ForecastGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForecastGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastGridInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastingType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"roleType"}},{"kind":"Field","name":{"kind":"Name","value":"isAmount"}},{"kind":"Field","name":{"kind":"Name","value":"productFamily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"hasChildren"}},{"kind":"Field","name":{"kind":"Name","value":"canAdjust"}},{"kind":"Field","name":{"kind":"Name","value":"canAdjustOwn"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"openPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bestCaseForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitForecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedOnly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForecastItemFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForecastItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amountWithoutAdjustments"}},{"kind":"Field","name":{"kind":"Name","value":"amountWithoutManagerAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOnlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"hasAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"hasOwnerAdjustment"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentNote"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerAdjustment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentNote"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}}]}}]}}]} as unknown as DocumentNode<ForecastGridQuery, ForecastGridQueryVariables>;
export const AdjustForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustForecastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentNote"}},{"kind":"Field","name":{"kind":"Name","value":"isOwnerAdjustment"}}]}}]}}]} as unknown as DocumentNode<AdjustForecastMutation, AdjustForecastMutationVariables>;
export const DeleteForecastingAdjustmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteForecastingAdjustment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteForecastingAdjustment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteForecastingAdjustmentMutation, DeleteForecastingAdjustmentMutationVariables>;
export const GroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationType"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"isArchived"}}]}}]}}]} as unknown as DocumentNode<GroupsQuery, GroupsQueryVariables>;
export const GroupFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationType"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReadFeed"}},{"kind":"Field","name":{"kind":"Name","value":"isArchived"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupPost"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentBody"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GroupFeedQuery, GroupFeedQueryVariables>;
export const RecordPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mentioning"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentBody"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPostsQuery, RecordPostsQueryVariables>;
export const MentionSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"objectApiNames"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Opportunity","block":false},{"kind":"StringValue","value":"Account","block":false},{"kind":"StringValue","value":"Contact","block":false},{"kind":"StringValue","value":"Lead","block":false},{"kind":"StringValue","value":"Case","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}}]}}]}}]} as unknown as DocumentNode<MentionSearchQuery, MentionSearchQueryVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupPost"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupPost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentBody"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const CreateCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feedItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commentBody"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"feedItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feedItemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"commentBody"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commentBody"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCommentMutation, CreateCommentMutationVariables>;
export const DeletePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePostMutation, DeletePostMutationVariables>;
export const JoinGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReadFeed"}}]}}]}}]} as unknown as DocumentNode<JoinGroupMutation, JoinGroupMutationVariables>;
export const LeaveGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"canReadFeed"}}]}}]}}]} as unknown as DocumentNode<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const GroupUserChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupUserChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GroupUserChoicesQuery, GroupUserChoicesQueryVariables>;
export const AddGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<AddGroupMemberMutation, AddGroupMemberMutationVariables>;
export const HomeViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<HomeViewerQuery, HomeViewerQueryVariables>;
export const HomeTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dayStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dayEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dueToday"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"activityDate"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeTask"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"activityDate"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"activityDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeTask"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"startDateTime"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dayEnd"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"endDateTime"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dayStart"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"startDateTime"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"endDateTime"}},{"kind":"Field","name":{"kind":"Name","value":"isAllDayEvent"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"taskSubtype"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeTodayQuery, HomeTodayQueryVariables>;
export const HomeDealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeDealsQuery, HomeDealsQueryVariables>;
export const HomeLeadStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeLeadStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<HomeLeadStatusesQuery, HomeLeadStatusesQueryVariables>;
export const HomeLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isConverted"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"createdDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}}]}}]}}]}}]} as unknown as DocumentNode<HomeLeadsQuery, HomeLeadsQueryVariables>;
export const HomePipelineStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePipelineStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}}]}}]}}]} as unknown as DocumentNode<HomePipelineStagesQuery, HomePipelineStagesQueryVariables>;
export const HomePipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"id"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<HomePipelineQuery, HomePipelineQueryVariables>;
export const HomeApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HomeApprovalsQuery, HomeApprovalsQueryVariables>;
export const HomeCreateOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HomeCreateOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<HomeCreateOpportunityMutation, HomeCreateOpportunityMutationVariables>;
export const HomeAccountPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeAccountPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}}]}}]}}]}}]} as unknown as DocumentNode<HomeAccountPickerQuery, HomeAccountPickerQueryVariables>;
export const ConvertAccountOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertAccountOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingCity"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertAccountOptionsQuery, ConvertAccountOptionsQueryVariables>;
export const ConvertContactOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertContactOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertContactOptionsQuery, ConvertContactOptionsQueryVariables>;
export const ConvertOpportunityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertOpportunityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isClosed"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertOpportunityOptionsQuery, ConvertOpportunityOptionsQueryVariables>;
export const ConvertOwnerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConvertOwnerOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertOwnerOptionsQuery, ConvertOwnerOptionsQueryVariables>;
export const ConvertLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadConvertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertLeadMutation, ConvertLeadMutationVariables>;
export const LeadPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}},{"kind":"Field","name":{"kind":"Name","value":"convertedDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadPageQuery, LeadPageQueryVariables>;
export const UpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}},{"kind":"Field","name":{"kind":"Name","value":"convertedDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salutation"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"annualRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"doNotCall"}},{"kind":"Field","name":{"kind":"Name","value":"hasOptedOutOfEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}},{"kind":"Field","name":{"kind":"Name","value":"convertedDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedOpportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const MarkLeadReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkLeadRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markLeadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}}]}}]}}]} as unknown as DocumentNode<MarkLeadReadMutation, MarkLeadReadMutationVariables>;
export const LeadsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isUnreadByOwner"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadsListQuery, LeadsListQueryVariables>;
export const LeadsViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"isConverted"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}}]}}]}}]} as unknown as DocumentNode<LeadsViewerQuery, LeadsViewerQueryVariables>;
export const LeadsTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"managerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"name"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeadsTeamQuery, LeadsTeamQueryVariables>;
export const ApprovalsQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalsQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDiscountRequest"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDiscountRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"submitterComment"}},{"kind":"Field","name":{"kind":"Name","value":"approverComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApprovalsQueueQuery, ApprovalsQueueQueryVariables>;
export const ApprovalsApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalsApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDiscountRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDiscountRequest"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDiscountRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"submitterComment"}},{"kind":"Field","name":{"kind":"Name","value":"approverComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApprovalsApproveMutation, ApprovalsApproveMutationVariables>;
export const ApprovalsRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalsReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDiscountRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDiscountRequest"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDiscountRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"submitterComment"}},{"kind":"Field","name":{"kind":"Name","value":"approverComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApprovalsRejectMutation, ApprovalsRejectMutationVariables>;
export const BoardOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"closeDate"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardOpportunitiesQuery, BoardOpportunitiesQueryVariables>;
export const OpportunityDiscountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityDiscounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"discountApprovalThreshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"discountRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDiscountRequest"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDiscountRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"submitterComment"}},{"kind":"Field","name":{"kind":"Name","value":"approverComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpportunityDiscountsQuery, OpportunityDiscountsQueryVariables>;
export const OpportunitySubmitDiscountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpportunitySubmitDiscount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"discountPercent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDiscountRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"opportunityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"discountPercent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"discountPercent"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDiscountRequest"}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDiscountRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DiscountApprovalRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opportunityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isAutoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"submitterComment"}},{"kind":"Field","name":{"kind":"Name","value":"approverComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedDate"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpportunitySubmitDiscountMutation, OpportunitySubmitDiscountMutationVariables>;
export const MoveOpportunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOpportunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveOpportunityMutation, MoveOpportunityMutationVariables>;
export const MyOpportunitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpportunities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOpportunitiesQuery, MyOpportunitiesQueryVariables>;
export const OpportunitiesViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunitiesViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<OpportunitiesViewerQuery, OpportunitiesViewerQueryVariables>;
export const OpportunityTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"managerId"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"managerId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OpportunityTeamQuery, OpportunityTeamQueryVariables>;
export const OpportunityDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OpportunityDetailQuery, OpportunityDetailQueryVariables>;
export const UpdateOpportunityDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOpportunityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOpportunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpportunityDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpportunityDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Opportunity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"closeDate"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"competitor"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"leadSource"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateOpportunityDetailMutation, UpdateOpportunityDetailMutationVariables>;
export const OpportunityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpportunityHistoryQuery, OpportunityHistoryQueryVariables>;
export const OpportunityStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProbability"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"keyFields"}}]}}]}}]} as unknown as DocumentNode<OpportunityStagesQuery, OpportunityStagesQueryVariables>;
export const OpportunityPicklistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpportunityPicklists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}}]}}]}}]} as unknown as DocumentNode<OpportunityPicklistsQuery, OpportunityPicklistsQueryVariables>;
export const OrdersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrdersListQuery, OrdersListQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"sentDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const ChangeOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeOrderStatusMutation, ChangeOrderStatusMutationVariables>;
export const OrderCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricebookEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isActive"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"pricebook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderCatalogQuery, OrderCatalogQueryVariables>;
export const OrderAccountSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderAccountSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderAccountSearchQuery, OrderAccountSearchQueryVariables>;
export const OrderPrefillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPrefill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrderPrefillQuery, OrderPrefillQueryVariables>;
export const OrderOpportunityPrefillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderOpportunityPrefill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opportunityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrderOpportunityPrefillQuery, OrderOpportunityPrefillQueryVariables>;
export const PlaceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ReportTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"defaultColumns"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"groupable"}},{"kind":"Field","name":{"kind":"Name","value":"aggregatable"}},{"kind":"Field","name":{"kind":"Name","value":"picklistValues"}}]}}]}}]}}]} as unknown as DocumentNode<ReportTypesQuery, ReportTypesQueryVariables>;
export const RunReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"groupKeys"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsDown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportGroupFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportGroupFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsAcross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RunReportQuery, RunReportQueryVariables>;
export const ReportFoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessType"}}]}}]}}]} as unknown as DocumentNode<ReportFoldersQuery, ReportFoldersQueryVariables>;
export const SavedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunDate"}},{"kind":"Field","name":{"kind":"Name","value":"runCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SavedReportsQuery, SavedReportsQueryVariables>;
export const SavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupingsDown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"dateGranularity"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"sortAggregate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupingsAcross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"dateGranularity"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupLimit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunDate"}},{"kind":"Field","name":{"kind":"Name","value":"runCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SavedReportQuery, SavedReportQueryVariables>;
export const CreateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunDate"}},{"kind":"Field","name":{"kind":"Name","value":"runCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateReportMutation, CreateReportMutationVariables>;
export const UpdateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunDate"}},{"kind":"Field","name":{"kind":"Name","value":"runCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedDate"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateReportMutation, UpdateReportMutationVariables>;
export const CreateReportFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReportFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessType"}}]}}]}}]} as unknown as DocumentNode<CreateReportFolderMutation, CreateReportFolderMutationVariables>;
export const RunSavedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSavedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSavedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportType"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"groupKeys"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsDown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportGroupFields"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportGroupFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsAcross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"aggregates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RunSavedReportMutation, RunSavedReportMutationVariables>;
export const ExportReportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinitionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"definition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<ExportReportCsvQuery, ExportReportCsvQueryVariables>;
export const GlobalSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const ServiceForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceForecastInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOfDate"}},{"kind":"Field","name":{"kind":"Name","value":"historyFrom"}},{"kind":"Field","name":{"kind":"Name","value":"backtestDays"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelTarget"}},{"kind":"Field","name":{"kind":"Name","value":"workingHoursPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"methodRule"}},{"kind":"Field","name":{"kind":"Name","value":"methodReason"}},{"kind":"Field","name":{"kind":"Name","value":"mape"}},{"kind":"Field","name":{"kind":"Name","value":"holtWintersMape"}},{"kind":"Field","name":{"kind":"Name","value":"seasonalNaiveMape"}},{"kind":"Field","name":{"kind":"Name","value":"historyTotal"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandleTimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"handleTimeSource"}},{"kind":"Field","name":{"kind":"Name","value":"handleTimeSampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"targetAnswerSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"spikeFactor"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedVolume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"agentsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceForecastQuery, ServiceForecastQueryVariables>;
export const SetupValidationRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupValidationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validationRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupValidationRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupValidationRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"errorField"}}]}}]} as unknown as DocumentNode<SetupValidationRulesQuery, SetupValidationRulesQueryVariables>;
export const SetupCreateValidationRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupCreateValidationRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateValidationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createValidationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupValidationRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupValidationRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"errorField"}}]}}]} as unknown as DocumentNode<SetupCreateValidationRuleMutation, SetupCreateValidationRuleMutationVariables>;
export const SetupUpdateValidationRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupUpdateValidationRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateValidationRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateValidationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupValidationRule"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupValidationRule"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectApiName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"errorField"}}]}}]} as unknown as DocumentNode<SetupUpdateValidationRuleMutation, SetupUpdateValidationRuleMutationVariables>;
export const SetupDeleteValidationRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupDeleteValidationRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteValidationRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SetupDeleteValidationRuleMutation, SetupDeleteValidationRuleMutationVariables>;
export const SetupStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunityStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProbability"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"keyFields"}}]}}]} as unknown as DocumentNode<SetupStagesQuery, SetupStagesQueryVariables>;
export const SetupCreateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupCreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOpportunityStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProbability"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"keyFields"}}]}}]} as unknown as DocumentNode<SetupCreateStageMutation, SetupCreateStageMutationVariables>;
export const SetupUpdateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupUpdateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOpportunityStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProbability"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"keyFields"}}]}}]} as unknown as DocumentNode<SetupUpdateStageMutation, SetupUpdateStageMutationVariables>;
export const SetupDeleteStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupDeleteStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOpportunityStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SetupDeleteStageMutation, SetupDeleteStageMutationVariables>;
export const SetupReorderStagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupReorderStages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiNames"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderOpportunityStages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiNames"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiNames"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupStage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupStage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpportunityStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProbability"}},{"kind":"Field","name":{"kind":"Name","value":"forecastCategoryName"}},{"kind":"Field","name":{"kind":"Name","value":"isClosed"}},{"kind":"Field","name":{"kind":"Name","value":"isWon"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"keyFields"}}]}}]} as unknown as DocumentNode<SetupReorderStagesMutation, SetupReorderStagesMutationVariables>;
export const SetupPicklistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupPicklists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupCompetitor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupLostReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupCompetitor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"weaknesses"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupLostReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LostReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupPicklistsQuery, SetupPicklistsQueryVariables>;
export const SetupCreateCompetitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupCreateCompetitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompetitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupCompetitor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupCompetitor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"weaknesses"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupCreateCompetitorMutation, SetupCreateCompetitorMutationVariables>;
export const SetupUpdateCompetitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupUpdateCompetitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompetitorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompetitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupCompetitor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupCompetitor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"weaknesses"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupUpdateCompetitorMutation, SetupUpdateCompetitorMutationVariables>;
export const SetupDeleteCompetitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupDeleteCompetitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCompetitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SetupDeleteCompetitorMutation, SetupDeleteCompetitorMutationVariables>;
export const SetupCreateLostReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupCreateLostReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LostReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLostReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupLostReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupLostReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LostReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupCreateLostReasonMutation, SetupCreateLostReasonMutationVariables>;
export const SetupUpdateLostReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupUpdateLostReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LostReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLostReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SetupLostReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SetupLostReason"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LostReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiName"}},{"kind":"Field","name":{"kind":"Name","value":"masterLabel"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]} as unknown as DocumentNode<SetupUpdateLostReasonMutation, SetupUpdateLostReasonMutationVariables>;
export const SetupDeleteLostReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupDeleteLostReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLostReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<SetupDeleteLostReasonMutation, SetupDeleteLostReasonMutationVariables>;
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