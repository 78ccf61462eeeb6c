import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, Length, Max, MaxLength, Min, IsInt } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DateScalar } from '../common/scalars';
import { Opportunity } from './opportunity.entity';

export const FORECAST_CATEGORIES = ['Omitted', 'Pipeline', 'Best Case', 'Most Likely', 'Commit', 'Closed'];

export const opportunityList = defineList(() => Opportunity, {
  name: 'Opportunity',
  fields: {
    id: 'id', name: 'string', stageName: 'string', amount: 'number', closeDate: 'date', probability: 'number',
    forecastCategoryName: 'string', isClosed: 'boolean', isWon: 'boolean', type: 'string', leadSource: 'string',
    competitor: 'string', lostReason: 'string', nextStep: 'string', accountId: 'id', contactId: 'id', campaignId: 'id',
    ownerId: 'id', createdDate: 'datetime', lastModifiedDate: 'datetime', lastActivityDate: 'date',
  },
  defaultOrder: [['closeDate', SortDirection.ASC]],
});

@InputType()
class OpportunityFields {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1e15) amount?: number;
  @Field(() => Float, { nullable: true, description: 'Percent 0..100; defaults from the stage (null: the stage default).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  probability?: number;

  @Field({ nullable: true, description: `${FORECAST_CATEGORIES.join(', ')}; defaults from the stage (null: the stage default).` })
  @IsOptional()
  @IsIn(FORECAST_CATEGORIES)
  forecastCategoryName?: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(40) type?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) leadSource?: string;
  @Field({ nullable: true, description: "An active Competitor's name (see competitors)." }) @IsOptional() @MaxLength(80) competitor?: string;
  @Field({ nullable: true, description: 'An active LostReason apiName (see lostReasons); the default rules require it when Closed Lost.' }) @IsOptional() @MaxLength(80) lostReason?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) nextStep?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field(() => ID, { nullable: true }) accountId?: string;
  @Field(() => ID, { nullable: true, description: 'The primary contact; must belong to the account.' }) contactId?: string;
  @Field(() => ID, { nullable: true, description: 'Primary Campaign Source.' }) campaignId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) ownerId?: string;
}

@InputType()
export class CreateOpportunityInput extends OpportunityFields {
  @Field() @Length(1, 120) name: string;
  @Field({ description: 'An active OpportunityStage apiName.' }) @Length(1, 40) stageName: string;
  @Field(() => DateScalar) closeDate: string;
}

@InputType()
export class UpdateOpportunityInput extends OpportunityFields {
  @Field(() => Int, { nullable: true, description: 'The version read; a record changed since fails with CONFLICT (extensions.current).' }) @IsOptional() @IsInt() expectedVersion?: number;
  @Field({ nullable: true }) @IsOptional() @Length(1, 120) name?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 40) stageName?: string;
  @Field(() => DateScalar, { nullable: true }) closeDate?: string;
}
