import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { DATE_LITERAL_FORMS } from '../relative-dates';

@InputType({ description: 'Which records a KPI counts, on top of what the caller may see (a rep: own records; a manager: the team\'s).' })
export class KpiFilter {
  @Field(() => String, { nullable: true, description: `The period: ${DATE_LITERAL_FORMS}. Each KPI names the date that decides it and its default.` })
  period?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records owned by this user (with team: this user and everyone under them).' })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With ownerId: that user and everyone below them in the manager hierarchy; without: the caller\'s team.' })
  team?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only records of accounts assigned to this territory or one below it (leads: their converted account).' })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only records of this campaign: opportunities by Primary Campaign Source, leads by membership, activities by their campaign. Service KPIs ignore it (cases have no campaign).' })
  campaignId?: string | null;
}

@ObjectType({ description: 'One point of a KPI: a date bucket and/or a group, with its measures.' })
export class KpiPoint {
  @Field({ description: 'Drill-down key: pass it to the KPI\'s records(key:) for the records behind this point. Opaque.' }) key: string;
  @Field({ description: 'Display label: the group\'s label, the bucket\'s day, or both.' }) label: string;
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD) of the date bucket, when the KPI is bucketed by date.' }) period: string | null;
  @Field(() => String, { nullable: true, description: 'The group value (an id for owners and campaigns, a picklist value otherwise); null = blank or not grouped.' }) group: string | null;
  @Field(() => String, { nullable: true, description: 'The second grouping value, when the KPI has one (e.g. lost reason within competitor).' }) subgroup: string | null;
  @Field(() => Float, { nullable: true, description: "The KPI's measure for this point; null when undefined (a rate of nothing)." }) value: number | null;
  @Field(() => Int, { description: 'Records behind the point: what records(key:) returns.' }) count: number;
  @Field(() => Float, { nullable: true, description: 'Sum of amount (opportunity KPIs); null otherwise.' }) amount: number | null;
  @Field(() => Float, { nullable: true, description: 'Rates: the records counted above the line (records(key:, numeratorOnly: true)).' }) numerator: number | null;
  @Field(() => Float, { nullable: true, description: 'Rates: the records counted below the line (= count); ROI: the cost.' }) denominator: number | null;
  @Field(() => Float, { nullable: true, description: 'A secondary average, where the KPI names one (e.g. CSAT per agent).' }) average: number | null;
  @Field(() => Int, { nullable: true, description: 'Won deals (win/loss KPIs).' }) wins: number | null;
  @Field(() => Int, { nullable: true, description: 'Lost deals (win/loss KPIs).' }) losses: number | null;
}

/** What every KPI answers; each object type's result adds records(...) over its own connection. */
@ObjectType()
export abstract class KpiResultBase {
  @Field(() => Float, { nullable: true, description: 'The headline number over all records (total, rate or average as the KPI defines); null when undefined.' }) value: number | null;
  @Field(() => Int, { description: 'Records behind the headline number (records() without key).' }) count: number;
  @Field(() => Float, { nullable: true, description: 'Sum of amount over all records (opportunity KPIs).' }) amount: number | null;
  @Field(() => Float, { nullable: true, description: 'Rates: the numerator over all records.' }) numerator: number | null;
  @Field(() => Float, { nullable: true, description: 'Rates: the denominator over all records.' }) denominator: number | null;
  @Field(() => Float, { nullable: true, description: 'A secondary average over all records, where the KPI names one.' }) average: number | null;
  @Field(() => [KpiPoint], { description: 'The breakdown (by date bucket and/or group), in display order; empty for a single number.' }) points: KpiPoint[];
  @Field(() => DateScalar, { nullable: true, description: 'First day of the period applied (inclusive); null when no period applies.' }) periodStart: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day after the period applied (exclusive).' }) periodEnd: string | null;
}

export enum OpportunityKpiGrouping { NONE = 'NONE', SOURCE = 'SOURCE', OWNER = 'OWNER', CAMPAIGN = 'CAMPAIGN', COMPETITOR = 'COMPETITOR', TYPE = 'TYPE', STAGE = 'STAGE' }
registerEnumType(OpportunityKpiGrouping, { name: 'OpportunityKpiGrouping', description: 'Group opportunities by: leadSource, owner, Primary Campaign Source, competitor, type or stageName (NONE: no group).' });

export enum LeadKpiGrouping { NONE = 'NONE', SOURCE = 'SOURCE', CAMPAIGN = 'CAMPAIGN', OWNER = 'OWNER', STATUS = 'STATUS' }
registerEnumType(LeadKpiGrouping, { name: 'LeadKpiGrouping', description: 'Group leads by leadSource, campaign (a lead in two campaigns counts in each; the total counts it once), owner or status.' });

export enum CaseKpiGrouping { NONE = 'NONE', OWNER = 'OWNER', PRIORITY = 'PRIORITY', AGE = 'AGE', PRODUCT = 'PRODUCT', REASON = 'REASON', ORIGIN = 'ORIGIN', TYPE = 'TYPE' }
registerEnumType(CaseKpiGrouping, {
  name: 'CaseKpiGrouping',
  description: 'Group cases by owner (agent; null = in a queue), priority (High, Medium, Low), age (days since createdDate: 0-1, 2-7, 8-30, 31+), productName, reason, origin (channel) or type.',
});

export enum TaskKpiGrouping { NONE = 'NONE', OWNER = 'OWNER' }
registerEnumType(TaskKpiGrouping, { name: 'TaskKpiGrouping', description: 'Group tasks by owner (assigned to).' });

@ObjectType({ description: 'Clean Your Room: one owner\'s open deals and what is wrong with them.' })
export class DataHygieneOwner {
  @Field(() => ID) ownerId: string;
  @Field() ownerName: string;
  @Field({ description: "The owner's point key in every problem field: e.g. dataHygiene { pastCloseDate { records(key: $key) { ... } } }." }) key: string;
  @Field(() => Int, { description: 'Open opportunities of the owner.' }) openOpportunities: number;
  @Field(() => Int, { description: 'Open with closeDate before today.' }) pastCloseDate: number;
  @Field(() => Int, { description: 'Open with lastActivityDate blank or before today − 29 days (no closed task or event since).' }) noActivity30Days: number;
  @Field(() => Int, { description: 'Open with no amount.' }) missingAmount: number;
  @Field(() => Int, { description: 'Open with no closeDate (always 0 here: closeDate is required).' }) missingCloseDate: number;
  @Field(() => Int, { description: 'Open with a blank nextStep.' }) missingNextStep: number;
  @Field(() => Int, { description: 'Open with at least one of the problems above.' }) needsAttention: number;
}
