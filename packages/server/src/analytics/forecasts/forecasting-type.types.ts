import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SortDirection } from '../../common/list/connection-types';
import { defineList } from '../../common/list/define-list';
import { ForecastingRoleType, ForecastingType } from './forecasting-type.entity';

export const forecastingTypeList = defineList(() => ForecastingType, {
  name: 'ForecastingType',
  fields: {
    id: 'id', developerName: 'string', masterLabel: 'string', isActive: 'boolean', isAmount: 'boolean', roleType: 'string',
    hasAdjustments: 'boolean', hasOwnerAdjustments: 'boolean', productFamily: 'string', createdDate: 'datetime',
  },
  defaultOrder: [['createdDate', SortDirection.ASC]],
});

@InputType()
export class CreateForecastingTypeInput {
  @Field() @MaxLength(80) @Matches(/^[A-Za-z][A-Za-z0-9_]*$/, { message: 'developerName: letters, digits and underscores, starting with a letter' }) developerName: string;
  @Field() @MaxLength(80) masterLabel: string;
  @Field({ nullable: true, defaultValue: true }) isActive?: boolean;
  @Field({ nullable: true, defaultValue: true, description: 'false: quantity.' }) isAmount?: boolean;
  @Field(() => ForecastingRoleType, { nullable: true, defaultValue: ForecastingRoleType.ROLE }) roleType?: ForecastingRoleType;
  @Field({ nullable: true, defaultValue: true }) hasAdjustments?: boolean;
  @Field({ nullable: true, defaultValue: true }) hasOwnerAdjustments?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) productFamily?: string;
}

@InputType({ description: 'The measure, hierarchy and family are fixed once created (adjustments refer to them).' })
export class UpdateForecastingTypeInput {
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) masterLabel?: string;
  @Field({ nullable: true }) isActive?: boolean;
  @Field({ nullable: true }) hasAdjustments?: boolean;
  @Field({ nullable: true }) hasOwnerAdjustments?: boolean;
}
