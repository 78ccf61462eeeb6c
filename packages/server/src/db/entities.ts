import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { DiscountApprovalRequest } from '../approvals/discount-approval-request.entity';
import { Event } from '../activities/event.entity';
import { TaskStatus } from '../activities/task-status.entity';
import { Task } from '../activities/task.entity';
import { CampaignRecordType } from '../campaigns/campaign-record-type.entity';
import { CampaignMemberStatus } from '../campaigns/campaign-member-status.entity';
import { CampaignMember } from '../campaigns/campaign-member.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { Organization } from '../identity/organization.entity';
import { User } from '../identity/user.entity';
import { LeadStatus } from '../sales/lead-status.entity';
import { Lead } from '../sales/lead.entity';
import { OpportunityStage } from '../sales/opportunity-stage.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { OpportunityFieldHistory } from '../sales/opportunity-field-history.entity';
import { Competitor } from '../sales/competitor.entity';
import { LostReason } from '../sales/lost-reason.entity';
import { LeadSource } from '../sales/lead-source.entity';
import { ValidationRule } from '../validation/validation-rule.entity';
import { CaseStatus } from '../service/case-status.entity';
import { Case } from '../service/case.entity';
import { CaseComment } from '../service/case-comment.entity';
import { CaseHistory } from '../service/case-history.entity';
import { CaseSlaPolicy } from '../service/case-sla-policy.entity';
import { Order } from '../orders/order.entity';
import { OrderItem } from '../orders/order-item.entity';
import { PricebookEntry } from '../orders/pricebook-entry.entity';
import { Pricebook } from '../orders/pricebook.entity';
import { Product } from '../orders/product.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { ContentDocument } from '../files/content-document.entity';
import { CollaborationGroup, CollaborationGroupMember } from '../groups/group.entity';
import { FeedComment, FeedItem, FeedItemMention } from '../groups/feed.entity';
import { ForecastingQuota } from '../territories/forecasting-quota.entity';
import { ObjectTerritoryAssociation } from '../territories/object-territory-association.entity';
import { RuleTerritoryAssociation } from '../territories/rule-territory-association.entity';
import { TerritoryAssignmentRule } from '../territories/territory-assignment-rule.entity';
import { TerritoryModel } from '../territories/territory-model.entity';
import { TerritoryRuleItem } from '../territories/territory-rule-item.entity';
import { TerritoryType } from '../territories/territory-type.entity';
import { Territory } from '../territories/territory.entity';
import { UserTerritoryAssociation } from '../territories/user-territory-association.entity';
import { Report, ReportFolder, ReportFolderShare } from '../analytics/reports/report.entity';
import { Dashboard, DashboardComponent } from '../analytics/dashboards/dashboard.entity';
import { ForecastingAdjustment } from '../analytics/forecasts/forecasting-adjustment.entity';
import { ForecastingType } from '../analytics/forecasts/forecasting-type.entity';

/** Every TypeORM entity; migrations are generated from these. */
export const entities = [
  Organization, User, Account, Contact, LeadStatus, Lead, OpportunityStage, Opportunity,
  CampaignRecordType, Campaign, CampaignMemberStatus, CampaignMember, CaseStatus, Case, CaseComment, CaseHistory, CaseSlaPolicy, TaskStatus, Task, Event,
  TerritoryModel, TerritoryType, Territory, ObjectTerritoryAssociation, UserTerritoryAssociation, TerritoryAssignmentRule,
  TerritoryRuleItem, RuleTerritoryAssociation, ForecastingQuota, DiscountApprovalRequest,
  OpportunityFieldHistory, Competitor, LostReason, LeadSource, ValidationRule,
  Product, Pricebook, PricebookEntry, Order, OrderItem, OutboxMessage,
  ContentDocument, CollaborationGroup, CollaborationGroupMember, FeedItem, FeedComment, FeedItemMention,
  Dashboard, DashboardComponent,
  ForecastingType, ForecastingAdjustment,
  ReportFolder, ReportFolderShare, Report,
];
