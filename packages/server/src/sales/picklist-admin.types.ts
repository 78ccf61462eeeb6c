import { ArrayMaxSize, IsIn, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { Competitor } from './competitor.entity';
import { LostReason } from './lost-reason.entity';
import { OpportunityStage } from './opportunity-stage.entity';
import { FORECAST_CATEGORIES } from './opportunity.types';

/** Opportunity fields a stage may name as key fields (the path shows them as inputs). */
export const KEY_FIELDS = [
  'name', 'stageName', 'amount', 'closeDate', 'probability', 'forecastCategoryName', 'type', 'leadSource', 'competitor',
  'lostReason', 'nextStep', 'description', 'accountId', 'contactId', 'campaignId', 'ownerId',
];

const common = { createdDate: 'datetime', lastModifiedDate: 'datetime', id: 'id' } as const;
export const opportunityStageList = defineList(() => OpportunityStage, {
  name: 'OpportunityStage', fields: { ...common, apiName: 'string', sortOrder: 'number', isActive: 'boolean' }, defaultOrder: [['sortOrder', SortDirection.ASC]],
});
export const competitorList = defineList(() => Competitor, {
  name: 'Competitor', fields: { ...common, name: 'string', isActive: 'boolean' }, defaultOrder: [['name', SortDirection.ASC]],
});
export const lostReasonList = defineList(() => LostReason, {
  name: 'LostReason', fields: { ...common, apiName: 'string', sortOrder: 'number', isActive: 'boolean' }, defaultOrder: [['sortOrder', SortDirection.ASC]],
});

@InputType()
export class OpportunityStageInput {
  @Field({ nullable: true, description: 'The value opportunities store; cannot change while opportunities use it.' }) @IsOptional() @Length(1, 40) apiName?: string;
  @Field({ nullable: true, description: 'Default: the apiName.' }) @IsOptional() @Length(1, 40) masterLabel?: string;
  @Field(() => Int, { nullable: true, description: 'Position on the path; default: after the last.' }) @IsOptional() @Min(0) @Max(10_000) sortOrder?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(100) defaultProbability?: number;
  @Field({ nullable: true, description: FORECAST_CATEGORIES.join(', ') }) @IsOptional() @IsIn(FORECAST_CATEGORIES) forecastCategoryName?: string;
  @Field({ nullable: true }) isClosed?: boolean;
  @Field({ nullable: true, description: 'Won stages are closed.' }) isWon?: boolean;
  @Field({ nullable: true, description: 'Inactive stages cannot be chosen; opportunities keep them.' }) isActive?: boolean;
  @Field(() => String, { nullable: true, description: 'Guidance for success: steps the rep sees at this stage.' }) @IsOptional() @Length(0, 4000) guidance?: string | null;
  @Field(() => [String], { nullable: true, description: `Opportunity fields to fill at this stage: ${KEY_FIELDS.join(', ')}.` })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(KEY_FIELDS, { each: true })
  keyFields?: string[];
}

@InputType()
export class CompetitorInput {
  @Field({ nullable: true, description: 'Unique; renaming renames it on opportunities.' }) @IsOptional() @Length(1, 80) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) strengths?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) weaknesses?: string | null;
  @Field({ nullable: true }) isActive?: boolean;
}

@InputType()
export class LostReasonInput {
  @Field({ nullable: true, description: 'The value opportunities store; renaming renames it on opportunities.' }) @IsOptional() @Length(1, 80) apiName?: string;
  @Field({ nullable: true, description: 'Default: the apiName.' }) @IsOptional() @Length(1, 80) masterLabel?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(10_000) sortOrder?: number;
  @Field({ nullable: true }) isActive?: boolean;
}
