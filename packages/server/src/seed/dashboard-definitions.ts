import { ChartType } from '../analytics/common/chart-type';
import { DashboardType } from '../analytics/dashboards/dashboard.entity';

/** A demo component: its document selects only what the widget draws; settings say where. */
export interface DemoComponent {
  title: string;
  viz: ChartType;
  width: number;
  kpi?: string;
  /** A saved report (seed-reports.ts) by name: the document reads savedReportResult with its id ($id below). */
  report?: string;
  document: string;
  settings: Record<string, unknown>;
  /** Objects whose changes refresh it, when the root field does not say (reports). */
  objects?: string[];
}

export interface DemoDashboard {
  developerName: string;
  title: string;
  description: string;
  folder: string;
  type: DashboardType;
  /** User key (seed-users.ts) of the running user, for SPECIFIED_USER. */
  runningUser?: string;
  /** period: [default, ...options]; team / territory: offered with the org's managers / top territories. */
  period?: string[];
  team?: boolean;
  territory?: boolean;
  components: DemoComponent[];
}

const M = ChartType;
const sales = (name: string, body: string) => `query ${name}($filter: KpiFilter) { salesKpis(filter: $filter) { ${body} } }`;
const service = (name: string, body: string) => `query ${name}($filter: KpiFilter) { serviceKpis(filter: $filter) { ${body} } }`;
const hygiene = (name: string, body: string) => `query ${name}($filter: KpiFilter) { dataHygiene(filter: $filter) { ${body} } }`;
const history = (name: string, body: string) => `query ${name}($filter: KpiFilter) { opportunityHistory(filter: $filter) { ${body} } }`;
const report = (name: string, definition: string, body: string, vars = '($filters: [ReportFilterInput!])', args = '') => `query ${name}${vars} { runReport(definition: { ${definition} }${args ? `, ${args}` : ''}) { ${body} } }`;
// Report components of a dashboard with a team or territory filter declare $scope (Show Me / territory).
const SCOPED = '($filters: [ReportFilterInput!], $scope: ReportScopeInput)';
const saved = (name: string, body: string) => `query ${name}${SCOPED} { savedReportResult(id: "$id", filters: $filters, scope: $scope, rowLimit: 0) { ${body} } }`;

const value = (path: string, format = 'number') => ({ valuePath: path, format });
const points = (path: string, valueField: string, format = 'number') => ({ pointsPath: path, labelField: 'label', valueField, keyField: 'key', format });
const PERIODS = ['THIS_QUARTER', 'THIS_MONTH', 'LAST_QUARTER', 'THIS_YEAR', 'LAST_N_DAYS:90'];

/** The ten demo dashboards of issue 12. */
export const DEMO_DASHBOARDS: DemoDashboard[] = [
  {
    developerName: 'State_of_the_Union', title: 'State of the Union', folder: 'Executive', type: DashboardType.SPECIFIED_USER, runningUser: 'ceo',
    description: 'The whole business at a glance for the leadership team, as the CEO sees it: bookings, win rate, deal size, pipeline and why deals are lost.',
    period: PERIODS, team: true, territory: true,
    components: [
      { title: 'Closed Won', viz: M.METRIC, width: 4, kpi: 'salesKpis.opportunitiesWon', document: sales('SotuClosedWon', 'opportunitiesWon(granularity: null) { amount count }'), settings: value('salesKpis.opportunitiesWon.amount', 'currency') },
      { title: 'Win Rate', viz: M.GAUGE, width: 4, kpi: 'salesKpis.winRate', document: sales('SotuWinRate', 'winRate { value }'), settings: { ...value('salesKpis.winRate.value', 'percent'), ranges: [0, 20, 35, 100], target: 30 } },
      { title: 'Average Deal Size', viz: M.METRIC, width: 4, kpi: 'salesKpis.averageContractValue', document: sales('SotuDealSize', 'averageContractValue { value }'), settings: value('salesKpis.averageContractValue.value', 'currency') },
      { title: 'Pipeline by Stage', viz: M.FUNNEL, width: 6, kpi: 'salesKpis.pipelineByStage', document: sales('SotuPipeline', 'pipelineByStage { amount points { key label amount count } }'), settings: points('salesKpis.pipelineByStage.points', 'amount', 'currency') },
      { title: 'Bookings by Month', viz: M.COLUMN, width: 6, kpi: 'salesKpis.opportunitiesWon', document: sales('SotuBookings', 'opportunitiesWon(granularity: MONTH) { points { key label amount } }'), settings: points('salesKpis.opportunitiesWon.points', 'amount', 'currency') },
      { title: 'Top Lost Reasons', viz: M.DONUT, width: 12, kpi: 'salesKpis.topLostReasons', document: sales('SotuLostReasons', 'topLostReasons { points { key label count } }'), settings: points('salesKpis.topLostReasons.points', 'count') },
    ],
  },
  {
    developerName: 'AMP', title: 'AMP (Activities, Meetings, Pipeline)', folder: 'Sales Management', type: DashboardType.MY_TEAM_USER,
    description: 'Is the team doing the work that builds pipeline? Emails, calls, meetings and new pipeline; a manager can view it as any of their reps.',
    period: ['THIS_MONTH', 'THIS_WEEK', 'LAST_N_DAYS:30', 'THIS_QUARTER'], team: true,
    components: [
      { title: 'Emails Sent', viz: M.METRIC, width: 3, kpi: 'salesKpis.emailsSent', document: sales('AmpEmails', 'emailsSent { value }'), settings: value('salesKpis.emailsSent.value') },
      { title: 'Outbound Calls', viz: M.METRIC, width: 3, kpi: 'salesKpis.outboundCalls', document: sales('AmpCalls', 'outboundCalls { value }'), settings: value('salesKpis.outboundCalls.value') },
      {
        title: 'Tasks and Meetings', viz: M.COLUMN, width: 6,
        document: report('AmpMeetings', 'reportType: activities, columns: ["subject"], groupingsDown: [{ field: "activityType" }], filters: $filters, rowLimit: 0', 'groupsDown { key label count }', SCOPED, 'scope: $scope'),
        settings: { pointsPath: 'runReport.groupsDown', labelField: 'label', valueField: 'count', keyField: 'key', format: 'number', periodField: 'activityDate' }, objects: ['Task', 'Event'],
      },
      { title: 'Calls by Rep', viz: M.LEADERBOARD, width: 6, kpi: 'salesKpis.outboundCalls', document: sales('AmpCallsByRep', 'outboundCalls(groupBy: OWNER) { points { key label value } }'), settings: points('salesKpis.outboundCalls.points', 'value') },
      { title: 'New Pipeline per Day', viz: M.LINE, width: 6, kpi: 'salesKpis.newPipelinePerDay', document: sales('AmpNewPipeline', 'newPipelinePerDay { points { key label amount } }'), settings: points('salesKpis.newPipelinePerDay.points', 'amount', 'currency') },
    ],
  },
  {
    developerName: 'Daily_Pipe_Gen', title: 'Daily Pipe Gen', folder: 'Sales Management', type: DashboardType.LOGGED_IN_USER,
    description: 'Pipeline generated day by day: new opportunities and leads, and who is creating them.',
    period: ['THIS_MONTH', 'LAST_N_DAYS:7', 'LAST_N_DAYS:30', 'LAST_MONTH'], team: true,
    components: [
      { title: 'Pipeline Created', viz: M.METRIC, width: 4, kpi: 'salesKpis.opportunitiesOpened', document: sales('PipeGenCreated', 'opportunitiesOpened(granularity: null) { amount count }'), settings: value('salesKpis.opportunitiesOpened.amount', 'currency') },
      { title: 'Leads Created', viz: M.METRIC, width: 4, kpi: 'salesKpis.leadsCreated', document: sales('PipeGenLeads', 'leadsCreated(granularity: null) { value }'), settings: value('salesKpis.leadsCreated.value') },
      { title: 'Lead Conversion Rate', viz: M.GAUGE, width: 4, kpi: 'salesKpis.leadConversionRate', document: sales('PipeGenConversion', 'leadConversionRate { value }'), settings: { ...value('salesKpis.leadConversionRate.value', 'percent'), ranges: [0, 10, 25, 100], target: 20 } },
      { title: 'New Pipeline per Day', viz: M.COLUMN, width: 8, kpi: 'salesKpis.newPipelinePerDay', document: sales('PipeGenPerDay', 'newPipelinePerDay { points { key label amount count } }'), settings: points('salesKpis.newPipelinePerDay.points', 'amount', 'currency') },
      { title: 'Pipeline Created by Rep', viz: M.LEADERBOARD, width: 4, kpi: 'salesKpis.opportunitiesOpened', document: sales('PipeGenByRep', 'opportunitiesOpened(granularity: null, groupBy: OWNER) { points { key label amount } }'), settings: points('salesKpis.opportunitiesOpened.points', 'amount', 'currency') },
    ],
  },
  {
    developerName: 'Clean_Your_Room', title: 'Clean Your Room', folder: 'Sales Management', type: DashboardType.LOGGED_IN_USER,
    description: 'Open deals that need care: close dates in the past, no activity for 30 days, missing amount or next step, per owner.',
    team: true,
    components: [
      { title: 'Past Close Date', viz: M.METRIC, width: 3, kpi: 'dataHygiene.pastCloseDate', document: hygiene('CleanPastClose', 'pastCloseDate { value }'), settings: value('dataHygiene.pastCloseDate.value') },
      { title: 'No Activity in 30 Days', viz: M.METRIC, width: 3, kpi: 'dataHygiene.noActivity30Days', document: hygiene('CleanNoActivity', 'noActivity30Days { value }'), settings: value('dataHygiene.noActivity30Days.value') },
      { title: 'Missing Amount', viz: M.METRIC, width: 3, kpi: 'dataHygiene.missingAmount', document: hygiene('CleanNoAmount', 'missingAmount { value }'), settings: value('dataHygiene.missingAmount.value') },
      { title: 'Missing Next Step', viz: M.METRIC, width: 3, kpi: 'dataHygiene.missingNextStep', document: hygiene('CleanNoNextStep', 'missingNextStep { value }'), settings: value('dataHygiene.missingNextStep.value') },
      {
        title: 'By Owner', viz: M.TABLE, width: 12, kpi: 'dataHygiene.perOwner',
        document: hygiene('CleanPerOwner', 'perOwner { key ownerName openOpportunities pastCloseDate noActivity30Days missingAmount missingNextStep needsAttention }'),
        settings: { pointsPath: 'dataHygiene.perOwner', labelField: 'ownerName', valueField: 'needsAttention', keyField: 'key', rowsPath: 'dataHygiene.perOwner', columns: ['ownerName', 'openOpportunities', 'pastCloseDate', 'noActivity30Days', 'missingAmount', 'missingNextStep', 'needsAttention'] },
      },
    ],
  },
  {
    developerName: 'Win_Loss_Analysis', title: 'Win-Loss Analysis', folder: 'Competitive Insights', type: DashboardType.LOGGED_IN_USER,
    description: 'Against whom we win and lose, and why: win rate, wins and losses per competitor, lost reasons.',
    period: ['THIS_YEAR', 'THIS_QUARTER', 'LAST_N_DAYS:90', 'LAST_YEAR'], team: true,
    components: [
      { title: 'Win Rate', viz: M.GAUGE, width: 4, kpi: 'salesKpis.winRate', document: sales('WinLossRate', 'winRate { value }'), settings: { ...value('salesKpis.winRate.value', 'percent'), ranges: [0, 20, 35, 100], target: 30 } },
      { title: 'Wins and Losses by Competitor', viz: M.BAR, width: 8, kpi: 'salesKpis.competitorWinLoss', document: sales('WinLossCompetitors', 'competitorWinLoss { points { key label wins losses value } }'), settings: { ...points('salesKpis.competitorWinLoss.points', 'wins'), stackFields: ['wins', 'losses'] } },
      { title: 'Top Lost Reasons', viz: M.DONUT, width: 6, kpi: 'salesKpis.topLostReasons', document: sales('WinLossReasons', 'topLostReasons { points { key label count } }'), settings: points('salesKpis.topLostReasons.points', 'count') },
      {
        title: 'Lost Reasons by Competitor', viz: M.TABLE, width: 6, report: 'Lost Reasons by Competitor',
        document: saved('WinLossReport', 'groupsDown { key label count children { key label count } }'),
        settings: { pointsPath: 'savedReportResult.groupsDown', labelField: 'label', valueField: 'count', childrenField: 'children', periodField: 'closeDate' },
      },
    ],
  },
  {
    developerName: 'Sales_Rep_Leaderboard', title: 'Sales Rep Leaderboard', folder: 'Sales Management', type: DashboardType.SPECIFIED_USER, runningUser: 'ceo',
    description: 'Who is winning: bookings, win rate, pipeline opened and calls per rep, every rep ranked for everyone.',
    period: PERIODS, team: true,
    components: [
      { title: 'Closed Won by Rep', viz: M.LEADERBOARD, width: 6, kpi: 'salesKpis.opportunitiesWon', document: sales('LeaderWon', 'opportunitiesWon(granularity: null, groupBy: OWNER) { points { key label amount count } }'), settings: points('salesKpis.opportunitiesWon.points', 'amount', 'currency') },
      { title: 'Win Rate by Rep', viz: M.LEADERBOARD, width: 6, kpi: 'salesKpis.winRate', document: sales('LeaderWinRate', 'winRate(groupBy: OWNER) { points { key label value wins losses } }'), settings: points('salesKpis.winRate.points', 'value', 'percent') },
      { title: 'Pipeline Opened by Rep', viz: M.LEADERBOARD, width: 6, kpi: 'salesKpis.opportunitiesOpened', document: sales('LeaderOpened', 'opportunitiesOpened(granularity: null, groupBy: OWNER) { points { key label amount } }'), settings: points('salesKpis.opportunitiesOpened.points', 'amount', 'currency') },
      { title: 'Outbound Calls by Rep', viz: M.LEADERBOARD, width: 6, kpi: 'salesKpis.outboundCalls', document: sales('LeaderCalls', 'outboundCalls(groupBy: OWNER) { points { key label value } }'), settings: points('salesKpis.outboundCalls.points', 'value') },
    ],
  },
  {
    developerName: 'Pipeline_Creation', title: 'Pipeline Creation', folder: 'Marketing', type: DashboardType.LOGGED_IN_USER,
    description: 'Where new pipeline comes from: opportunities and leads by source, month by month, conversion and campaign return.',
    period: ['THIS_QUARTER', 'THIS_YEAR', 'LAST_QUARTER', 'LAST_N_DAYS:90'], team: true, territory: true,
    components: [
      { title: 'Opportunities by Source', viz: M.DONUT, width: 4, kpi: 'salesKpis.opportunitiesOpened', document: sales('CreationBySource', 'opportunitiesOpened(granularity: null, groupBy: SOURCE) { points { key label count amount } }'), settings: points('salesKpis.opportunitiesOpened.points', 'amount', 'currency') },
      { title: 'Opened per Month', viz: M.LINE, width: 8, kpi: 'salesKpis.opportunitiesOpened', document: sales('CreationPerMonth', 'opportunitiesOpened(granularity: MONTH) { points { key label count amount } }'), settings: points('salesKpis.opportunitiesOpened.points', 'amount', 'currency') },
      { title: 'Leads by Source', viz: M.BAR, width: 4, kpi: 'salesKpis.leadsCreated', document: sales('CreationLeads', 'leadsCreated(granularity: null, groupBy: SOURCE) { points { key label value } }'), settings: points('salesKpis.leadsCreated.points', 'value') },
      { title: 'Lead Conversion Rate', viz: M.GAUGE, width: 4, kpi: 'salesKpis.leadConversionRate', document: sales('CreationConversion', 'leadConversionRate { value }'), settings: { ...value('salesKpis.leadConversionRate.value', 'percent'), ranges: [0, 10, 25, 100], target: 20 } },
      { title: 'Campaign ROI', viz: M.TABLE, width: 4, kpi: 'salesKpis.campaignRoi', document: sales('CreationRoi', 'campaignRoi { points { key label value amount denominator } }'), settings: { ...points('salesKpis.campaignRoi.points', 'value'), rowsPath: 'salesKpis.campaignRoi.points', columns: ['label', 'value', 'amount', 'denominator'] } },
    ],
  },
  {
    developerName: 'Opportunity_History', title: 'Opportunity History', folder: 'Sales Management', type: DashboardType.LOGGED_IN_USER,
    description: 'How the pipeline moved, from field history: new pipeline, deals lost, close dates pushed out, and upsell.',
    period: ['LAST_N_DAYS:30', 'LAST_N_DAYS:7', 'LAST_N_DAYS:90', 'THIS_QUARTER'], team: true,
    components: [
      { title: 'New Pipeline', viz: M.METRIC, width: 3, kpi: 'opportunityHistory.newPipeline', document: history('HistoryNew', 'newPipeline(granularity: null) { amount count }'), settings: value('opportunityHistory.newPipeline.amount', 'currency') },
      { title: 'Lost', viz: M.METRIC, width: 3, kpi: 'opportunityHistory.lost', document: history('HistoryLost', 'lost { amount count }'), settings: value('opportunityHistory.lost.amount', 'currency') },
      { title: 'Close Dates Pushed', viz: M.METRIC, width: 3, kpi: 'opportunityHistory.pushedCloseDates', document: history('HistoryPushed', 'pushedCloseDates { count average }'), settings: value('opportunityHistory.pushedCloseDates.count') },
      { title: 'Upsell', viz: M.METRIC, width: 3, kpi: 'opportunityHistory.upsell', document: history('HistoryUpsell', 'upsell { value count }'), settings: value('opportunityHistory.upsell.value', 'currency') },
      { title: 'New Pipeline per Day', viz: M.LINE, width: 6, kpi: 'opportunityHistory.newPipeline', document: history('HistoryPerDay', 'newPipeline { points { key label amount } }'), settings: points('opportunityHistory.newPipeline.points', 'amount', 'currency') },
      { title: 'Pushed by Owner', viz: M.BAR, width: 6, kpi: 'opportunityHistory.pushedCloseDates', document: history('HistoryPushedByOwner', 'pushedCloseDates(groupBy: OWNER) { points { key label count average } }'), settings: points('opportunityHistory.pushedCloseDates.points', 'count') },
    ],
  },
  {
    developerName: 'Account_Overview', title: 'Account Overview', folder: 'Sales Management', type: DashboardType.LOGGED_IN_USER,
    description: 'The accounts you can see: by industry, type and territory, and where the open pipeline sits.',
    components: [
      {
        title: 'Accounts by Industry', viz: M.BAR, width: 6,
        document: report('AccountsIndustry', 'reportType: accountsWithTerritories, columns: ["name"], groupingsDown: [{ field: "industry" }], rowLimit: 0', 'groupsDown { key label count }', ''),
        settings: { pointsPath: 'runReport.groupsDown', labelField: 'label', valueField: 'count', keyField: 'key' }, objects: ['Account'],
      },
      {
        title: 'Accounts by Type', viz: M.DONUT, width: 6,
        document: report('AccountsType', 'reportType: accountsWithTerritories, columns: ["name"], groupingsDown: [{ field: "type" }], rowLimit: 0', 'groupsDown { key label count }', ''),
        settings: { pointsPath: 'runReport.groupsDown', labelField: 'label', valueField: 'count', keyField: 'key' }, objects: ['Account'],
      },
      {
        title: 'Accounts by Territory', viz: M.BAR, width: 6,
        document: report('AccountsTerritory', 'reportType: accountsWithTerritories, columns: ["name"], groupingsDown: [{ field: "territoryName" }], rowLimit: 0', 'groupsDown { key label count }', ''),
        settings: { pointsPath: 'runReport.groupsDown', labelField: 'label', valueField: 'count', keyField: 'key' }, objects: ['Account'],
      },
      // Top 10 accounts by open amount in SQL; org-wide viewers read the per-account summary.
      { title: 'Open Pipeline by Account', viz: M.LEADERBOARD, width: 6, kpi: 'salesKpis.pipelineByAccount', document: sales('AccountsPipeline', 'pipelineByAccount(limit: 10) { points { key label amount } }'), settings: points('salesKpis.pipelineByAccount.points', 'amount', 'currency') },
    ],
  },
  {
    developerName: 'Service_KPIs', title: 'Service KPIs', folder: 'Service', type: DashboardType.LOGGED_IN_USER,
    description: 'How the service desk is doing: backlog, first-contact resolution, satisfaction, SLA, volume by channel and per agent.',
    period: ['THIS_MONTH', 'LAST_MONTH', 'THIS_QUARTER', 'LAST_N_DAYS:30'],
    components: [
      { title: 'Backlog by Age', viz: M.COLUMN, width: 4, kpi: 'serviceKpis.backlog', document: service('ServiceBacklog', 'backlog { value points { key label value } }'), settings: points('serviceKpis.backlog.points', 'value') },
      { title: 'First-Contact Resolution', viz: M.GAUGE, width: 4, kpi: 'serviceKpis.firstContactResolutionRate', document: service('ServiceFcr', 'firstContactResolutionRate { value }'), settings: { ...value('serviceKpis.firstContactResolutionRate.value', 'percent'), ranges: [0, 50, 70, 100], target: 70 } },
      { title: 'Average CSAT', viz: M.GAUGE, width: 4, kpi: 'serviceKpis.averageCsat', document: service('ServiceCsat', 'averageCsat { value }'), settings: { ...value('serviceKpis.averageCsat.value'), ranges: [1, 3, 4, 5], target: 4.2 } },
      { title: 'SLA Compliance', viz: M.GAUGE, width: 4, kpi: 'serviceKpis.slaCompliance', document: service('ServiceSla', 'slaCompliance { value }'), settings: { ...value('serviceKpis.slaCompliance.value', 'percent'), ranges: [0, 80, 95, 100], target: 95 } },
      { title: 'Volume by Channel', viz: M.DONUT, width: 4, kpi: 'serviceKpis.caseVolume', document: service('ServiceChannels', 'caseVolume(by: ORIGIN) { points { key label count } }'), settings: points('serviceKpis.caseVolume.points', 'count') },
      { title: 'Cases and CSAT by Agent', viz: M.LEADERBOARD, width: 4, kpi: 'serviceKpis.casesByAgent', document: service('ServiceAgents', 'casesByAgent { points { key label count average } }'), settings: points('serviceKpis.casesByAgent.points', 'count') },
    ],
  },
];
