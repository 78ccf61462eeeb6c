import type { RequestContext } from '../../api/request-context';
import { Account } from '../../accounts/account.entity';
import { Contact } from '../../accounts/contact.entity';
import { Event } from '../../activities/event.entity';
import { Task } from '../../activities/task.entity';
import { CampaignMember } from '../../campaigns/campaign-member.entity';
import { Campaign } from '../../campaigns/campaign.entity';
import { User } from '../../identity/user.entity';
import { Lead } from '../../sales/lead.entity';
import { Case } from '../../service/case.entity';
import { ReportFieldType as T, ReportTypeName as N } from './report-enums';
import { ReportFolder } from './report.entity';
import { Report } from './report.entity';
import { field, joinVisible, reportType, scopedFrom } from './report-type-def';

// Lookups (one row at most) are joined only when a run reads them (`uses`).
import { visibleReportsSql } from './report-visibility';

export const campaignsWithMembers = reportType(N.campaignsWithMembers, 'Campaigns with Members', [
  field('campaignId', 'Campaign ID', T.ID, 'camp.id'),
  field('campaignName', 'Campaign Name', T.STRING, 'camp.name'),
  field('campaignType', 'Campaign Type', T.PICKLIST, 'camp.type', ['Email', 'Webinar', 'Conference', 'Trade Show', 'Direct Mail', 'Advertisement', 'Other']),
  field('campaignStatus', 'Campaign Status', T.PICKLIST, 'camp.status', ['Planned', 'In Progress', 'Completed', 'Aborted']),
  field('startDate', 'Start Date', T.DATE, 'camp."startDate"'),
  field('endDate', 'End Date', T.DATE, 'camp."endDate"'),
  field('budgetedCost', 'Budgeted Cost', T.CURRENCY, 'camp."budgetedCost"'),
  field('actualCost', 'Actual Cost', T.CURRENCY, 'camp."actualCost"'),
  field('isActive', 'Active', T.BOOLEAN, 'camp."isActive"'),
  field('id', 'Campaign Member ID', T.ID, 'cm.id'),
  field('memberStatus', 'Member Status', T.PICKLIST, 'cm.status'),
  field('hasResponded', 'Responded', T.BOOLEAN, 'cm."hasResponded"'),
  field('firstRespondedDate', 'First Responded Date', T.DATE, 'cm."firstRespondedDate"'),
  field('memberType', 'Member Type', T.PICKLIST, `CASE WHEN cm."leadId" IS NOT NULL THEN 'Lead' ELSE 'Contact' END`, ['Lead', 'Contact']),
  field('memberName', 'Member Name', T.STRING, 'COALESCE(ld.name, ct.name)'),
  field('memberEmail', 'Member Email', T.STRING, 'COALESCE(ld.email, ct.email)'),
  field('memberCompany', 'Company', T.STRING, 'ld.company'),
  field('memberCreatedDate', 'Member Added Date', T.DATETIME, 'cm."createdDate"'),
], ['campaignName', 'memberName', 'memberType', 'memberStatus', 'hasResponded'], 'id', (ctx, uses) => {
  const qb = scopedFrom(ctx, Campaign, 'camp', 'org');
  joinVisible(ctx, qb, CampaignMember, 'cm', 'cm."campaignId" = camp.id', 'org', true);
  // The member's lead or contact shows when the caller may read it (marketing users read all).
  if (uses('ld')) joinVisible(ctx, qb, Lead, 'ld', 'ld.id = cm."leadId"', 'owner');
  if (uses('ct')) joinVisible(ctx, qb, Contact, 'ct', 'ct.id = cm."contactId"', 'owner');
  return [{ key: 'member', qb }];
}, { scope: { owner: 'camp."ownerId"' } }); // the campaign's owner; members have no account of their own

export const cases = reportType(N.cases, 'Cases', [
  field('id', 'Case ID', T.ID, 'cs.id'),
  field('caseNumber', 'Case Number', T.STRING, 'cs."caseNumber"'),
  field('subject', 'Subject', T.STRING, 'cs.subject'),
  field('status', 'Status', T.PICKLIST, 'cs.status'),
  field('isClosed', 'Closed', T.BOOLEAN, 'cs."isClosed"'),
  field('closedDate', 'Closed Date', T.DATETIME, 'cs."closedDate"'),
  field('priority', 'Priority', T.PICKLIST, 'cs.priority', ['Low', 'Medium', 'High', 'Critical']),
  field('origin', 'Case Origin', T.PICKLIST, 'cs.origin', ['Phone', 'Email', 'Web', 'Chat', 'Social']),
  field('type', 'Type', T.PICKLIST, 'cs.type'),
  field('reason', 'Case Reason', T.PICKLIST, 'cs.reason'),
  field('isEscalated', 'Escalated', T.BOOLEAN, 'cs."isEscalated"'),
  field('productName', 'Product', T.STRING, 'cs."productName"'),
  field('csatScore', 'CSAT', T.NUMBER, 'cs."csatScore"'),
  field('reopenCount', 'Times Reopened', T.NUMBER, 'cs."reopenCount"'),
  field('agentInteractionCount', 'Agent Interactions', T.NUMBER, 'cs."agentInteractionCount"'),
  field('firstResponseDate', 'First Response', T.DATETIME, 'cs."firstResponseDate"'),
  field('hoursToClose', 'Hours to Close', T.NUMBER, 'round((extract(epoch FROM cs."closedDate" - cs."createdDate") / 3600)::numeric, 2)'),
  field('accountName', 'Account Name', T.STRING, 'acc.name'),
  field('contactName', 'Contact Name', T.STRING, 'ct.name'),
  field('ownerName', 'Case Owner', T.STRING, 'u.name'),
  field('ownerId', 'Owner ID', T.ID, 'cs."ownerId"'),
  field('createdDate', 'Opened Date', T.DATETIME, 'cs."createdDate"'),
  field('lastModifiedDate', 'Last Modified Date', T.DATETIME, 'cs."lastModifiedDate"'),
], ['caseNumber', 'subject', 'status', 'priority', 'origin', 'ownerName', 'createdDate'], 'id', (ctx, uses) => {
  const qb = scopedFrom(ctx, Case, 'cs', 'owner');
  if (uses('acc')) joinVisible(ctx, qb, Account, 'acc', 'acc.id = cs."accountId"', 'owner');
  if (uses('ct')) joinVisible(ctx, qb, Contact, 'ct', 'ct.id = cs."contactId"', 'owner');
  if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = cs."ownerId"', 'org');
  return [{ key: 'case', qb }];
}, { scope: { owner: 'cs."ownerId"', account: 'cs."accountId"' } });

const both = (sql: string) => ({ task: sql.replace(/\$/g, 't'), event: sql.replace(/\$/g, 'e') });

export const activities = reportType(N.activities, 'Tasks and Events', [
  field('id', 'Activity ID', T.ID, both('$.id')),
  field('activityType', 'Task or Event', T.PICKLIST, { task: `'Task'`, event: `'Event'` }, ['Task', 'Event']),
  field('subject', 'Subject', T.STRING, both('$.subject')),
  field('type', 'Type', T.PICKLIST, both('$.type')),
  field('activityDate', 'Date', T.DATE, both('$."activityDate"')),
  field('status', 'Status', T.PICKLIST, { task: 't.status' }),
  field('priority', 'Priority', T.PICKLIST, { task: 't.priority' }, ['High', 'Normal', 'Low']),
  field('isClosed', 'Closed', T.BOOLEAN, { task: 't."isClosed"' }),
  field('taskSubtype', 'Task Subtype', T.PICKLIST, { task: 't."taskSubtype"' }, ['Task', 'Email', 'Call', 'ListEmail']),
  field('callType', 'Call Type', T.PICKLIST, { task: 't."callType"' }, ['Inbound', 'Outbound', 'Internal']),
  field('callDurationInSeconds', 'Call Duration (s)', T.NUMBER, { task: 't."callDurationInSeconds"' }),
  field('durationInMinutes', 'Duration (min)', T.NUMBER, { event: 'e."durationInMinutes"' }),
  field('startDateTime', 'Start', T.DATETIME, { event: 'e."startDateTime"' }),
  field('location', 'Location', T.STRING, { event: 'e.location' }),
  field('isAllDayEvent', 'All-Day Event', T.BOOLEAN, { event: 'e."isAllDayEvent"' }),
  field('accountName', 'Account Name', T.STRING, 'acc.name'),
  field('ownerName', 'Assigned To', T.STRING, 'u.name'),
  field('ownerId', 'Owner ID', T.ID, both('$."ownerId"')),
  field('createdDate', 'Created Date', T.DATETIME, both('$."createdDate"')),
], ['activityType', 'subject', 'type', 'activityDate', 'status', 'ownerName'], 'id', (ctx, uses) => {
  const branch = (key: 'task' | 'event', entity: typeof Task | typeof Event, a: string) => {
    const qb = scopedFrom(ctx, entity, a, 'owner');
    if (uses('acc')) joinVisible(ctx, qb, Account, 'acc', `acc.id = ${a}."accountId"`, 'owner');
    if (uses('u')) joinVisible(ctx, qb, User, 'u', `u.id = ${a}."ownerId"`, 'org');
    return { key, qb };
  };
  return [branch('task', Task, 't'), branch('event', Event, 'e')];
}, { scope: { owner: both('$."ownerId"'), account: both('$."accountId"') } });

export const reports = reportType(N.reports, 'Reports', [
  field('id', 'Report ID', T.ID, 'r.id'),
  field('name', 'Report Name', T.STRING, 'r.name'),
  field('description', 'Description', T.STRING, 'r.description'),
  field('folderName', 'Folder', T.STRING, 'f.name'),
  field('folderAccessType', 'Folder Access', T.PICKLIST, 'f."accessType"', ['PRIVATE', 'PUBLIC', 'SHARED']),
  field('reportType', 'Report Type', T.PICKLIST, 'r."reportType"', Object.values(N)),
  field('format', 'Format', T.PICKLIST, 'r.format', ['TABULAR', 'SUMMARY', 'MATRIX']),
  field('ownerName', 'Created By', T.STRING, 'u.name'),
  field('ownerId', 'Owner ID', T.ID, 'r."ownerId"'),
  field('lastRunDate', 'Last Run', T.DATETIME, 'r."lastRunDate"'),
  field('runCount', 'Times Run', T.NUMBER, 'r."runCount"'),
  field('createdDate', 'Created Date', T.DATETIME, 'r."createdDate"'),
  field('lastModifiedDate', 'Last Modified Date', T.DATETIME, 'r."lastModifiedDate"'),
], ['name', 'folderName', 'ownerName', 'lastRunDate', 'runCount'], 'id', (ctx: RequestContext, uses) => {
  const qb = ctx.em.createQueryBuilder(Report, 'r').where('r."orgId" = :__orgId', { __orgId: ctx.orgId }) as never as ReturnType<typeof scopedFrom>;
  qb.leftJoin(ReportFolder, 'f', 'f.id = r."folderId" AND f."orgId" = r."orgId"');
  if (uses('u')) joinVisible(ctx, qb, User, 'u', 'u.id = r."ownerId"', 'org');
  // Saved reports are read as their folders allow (the same rule as Query.reports).
  const vis = visibleReportsSql(ctx, 'r', 'f');
  if (vis) qb.andWhere(vis.sql, vis.params);
  return [{ key: 'report', qb }];
}, { scope: { owner: 'r."ownerId"' } }); // its creator; a report has no account
