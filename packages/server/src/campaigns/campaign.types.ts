import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DateScalar, JSONScalar } from '../common/scalars';
import { UserRole } from '../identity/user-role';
import { Campaign } from './campaign.entity';

/** Roles that manage campaigns and their member statuses. */
export const CAMPAIGN_WRITE_ROLES: readonly UserRole[] = [UserRole.ADMIN, UserRole.EXECUTIVE, UserRole.SALES_MANAGER, UserRole.MARKETING_USER];

export const CAMPAIGN_STATUSES = ['Planned', 'In Progress', 'Completed', 'Aborted'] as const;

/** Longest range campaignCalendar takes, in days (start and end included), and most campaigns it returns. */
export const MAX_CALENDAR_DAYS = 400;
export const MAX_CALENDAR_CAMPAIGNS = 500;

export const CAMPAIGN_TYPES = [
  'Advertisement', 'Email', 'Webinar', 'Conference', 'Trade Show', 'Direct Mail', 'Telemarketing',
  'Banner Ads', 'Seminar / Conference', 'Public Relations', 'Partners', 'Referral Program', 'Other',
] as const;

export const campaignList = defineList(() => Campaign, {
  name: 'Campaign',
  fields: {
    id: 'id', name: 'string', type: 'string', status: 'string', startDate: 'date', endDate: 'date',
    budgetedCost: 'number', actualCost: 'number', expectedRevenue: 'number', expectedResponse: 'number',
    numberSent: 'number', isActive: 'boolean', parentId: 'id', ownerId: 'id', recordTypeId: 'id',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType()
class CampaignFields {
  @Field({ nullable: true, description: `One of: ${CAMPAIGN_TYPES.join(', ')}.` }) @IsOptional() @MaxLength(40) type?: string;
  @Field({ nullable: true, description: `One of: ${CAMPAIGN_STATUSES.join(', ')}; default Planned.` }) @IsOptional() @MaxLength(40) status?: string;
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => DateScalar, { nullable: true, description: 'On or after startDate.' }) endDate?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) budgetedCost?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) actualCost?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) expectedRevenue?: number;
  @Field(() => Float, { nullable: true, description: 'Percent, 0 to 100.' }) @IsOptional() @Min(0) @Max(100) expectedResponse?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) numberSent?: number;
  @Field({ nullable: true }) isActive?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field(() => ID, { nullable: true, description: 'The parent campaign (campaign hierarchy).' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) ownerId?: string;
  @Field(() => ID, { nullable: true, description: 'The campaign record type (an active one); it defines the custom fields.' }) recordTypeId?: string;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'All custom values as one JSON object (field name to value), replacing the stored ones; checked against the record type (errors name customFields.<name>).',
  })
  customFields?: unknown;
}

@InputType()
export class CreateCampaignInput extends CampaignFields {
  @Field() @Length(1, 80) name: string;
}

@InputType()
export class UpdateCampaignInput extends CampaignFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) name?: string;
}
