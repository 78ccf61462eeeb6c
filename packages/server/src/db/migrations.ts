import { AnalyticsHistoryDeals1795700000000 } from './migrations/1795700000000-AnalyticsHistoryDeals';
import { HistoryOpportunityOwner1795700000001 } from './migrations/1795700000001-HistoryOpportunityOwner';
import { FiscalYearStartMonth1795710000000 } from './migrations/1795710000000-FiscalYearStartMonth';
import { AnalyticsSummaries1795670000000 } from './migrations/1795670000000-AnalyticsSummaries';
import { AnalyticsAccountSummary1795670000001 } from './migrations/1795670000001-AnalyticsAccountSummary';
import { OpportunityLastActivityDate1795680000000 } from './migrations/1795680000000-OpportunityLastActivityDate';
import { SalesRules1795500000000 } from './migrations/1795500000000-SalesRules';
import { DiscountApprovals1795530000000 } from './migrations/1795530000000-DiscountApprovals';
import { CaseService1795540000000 } from './migrations/1795540000000-CaseService';
import { Orders1795550000000 } from './migrations/1795550000000-Orders';
import { MemberCountIndex1795545000000 } from './migrations/1795545000000-MemberCountIndex';
import { Search1795520000000 } from './migrations/1795520000000-Search';
import { ExternalIds1795510000000 } from './migrations/1795510000000-ExternalIds';
import { CycleCheckByKey1795510000001 } from './migrations/1795510000001-CycleCheckByKey';
import { PersonContacts1795426282634 } from './migrations/1795426282634-PersonContacts';
import { TerritoryManagement1795422033105 } from './migrations/1795422033105-TerritoryManagement';
import { HierarchyDepth1795421600000 } from './migrations/1795421600000-HierarchyDepth';
import { CampaignRecordTypes1795421525666 } from './migrations/1795421525666-CampaignRecordTypes';
import { IntegrityRules1795420600000 } from './migrations/1795420600000-IntegrityRules';
import { Files1795560000000 } from './migrations/1795560000000-Files';
import { Groups1795560000001 } from './migrations/1795560000001-Groups';
import { LeadGaps1795580000000 } from './migrations/1795580000000-LeadGaps';
import { SetBasedCycleCheck1795570000000 } from './migrations/1795570000000-SetBasedCycleCheck';
import { Dashboards1795620000000 } from './migrations/1795620000000-Dashboards';
import { RecordsChangedNotify1795620000001 } from './migrations/1795620000001-RecordsChangedNotify';
import { Initial1795420597239 } from './migrations/1795420597239-Initial';
import { Reports1795600000000 } from './migrations/1795600000000-Reports';
import { AnalyticsIndexes1795660000000 } from './migrations/1795660000000-AnalyticsIndexes';
import { AnalyticsWonIndexes1795660000001 } from './migrations/1795660000001-AnalyticsWonIndexes';
import { AnalyticsHygieneIndexes1795660000002 } from './migrations/1795660000002-AnalyticsHygieneIndexes';
import { AnalyticsHistoryIndexes1795660000003 } from './migrations/1795660000003-AnalyticsHistoryIndexes';
import { AnalyticsOpenByAccount1795660000004 } from './migrations/1795660000004-AnalyticsOpenByAccount';
import { Forecasts1795630000000 } from './migrations/1795630000000-Forecasts';
/** Applied in order by `openDatabase`; new ones come from `pnpm --filter @crm/server migration:generate <Name>`. */
export const migrations: Function[] = [
  Initial1795420597239,
  IntegrityRules1795420600000,
  CampaignRecordTypes1795421525666,
  HierarchyDepth1795421600000,
  TerritoryManagement1795422033105,
  PersonContacts1795426282634,
  SalesRules1795500000000,
  ExternalIds1795510000000,
  CycleCheckByKey1795510000001,
  Search1795520000000,
  DiscountApprovals1795530000000,
  CaseService1795540000000,
  MemberCountIndex1795545000000,
  Files1795560000000,
  Groups1795560000001,
  Orders1795550000000,
  SetBasedCycleCheck1795570000000,
  LeadGaps1795580000000,
  Dashboards1795620000000,
  RecordsChangedNotify1795620000001,
  Forecasts1795630000000,
  AnalyticsIndexes1795660000000,
  AnalyticsWonIndexes1795660000001,
  AnalyticsHygieneIndexes1795660000002,
  AnalyticsHistoryIndexes1795660000003,
  AnalyticsOpenByAccount1795660000004,
  AnalyticsSummaries1795670000000,
  AnalyticsAccountSummary1795670000001,
  OpportunityLastActivityDate1795680000000,
  AnalyticsHistoryDeals1795700000000,
  HistoryOpportunityOwner1795700000001,
  FiscalYearStartMonth1795710000000,
  Reports1795600000000,
];
