import { Field, Float, ID, InputType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DateScalar } from '../common/scalars';
import { ForecastingQuota } from './forecasting-quota.entity';

export const forecastingQuotaList = defineList(() => ForecastingQuota, {
  name: 'ForecastingQuota',
  fields: {
    id: 'id', quotaOwnerId: 'id', territoryId: 'id', startDate: 'date', quotaAmount: 'number', quotaQuantity: 'number', productFamily: 'string',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['startDate', SortDirection.ASC]],
});

@InputType()
export class CreateForecastingQuotaInput {
  @Field(() => ID, { description: 'A user below the caller (admins: anyone); nobody sets their own quota.' }) quotaOwnerId: string;
  @Field(() => ID, { nullable: true, description: 'Only for this territory; null: for every territory of the owner.' }) territoryId?: string;
  @Field(() => DateScalar, { description: 'The first day of a month.' }) startDate: string;
  @Field(() => Float, { nullable: true, description: 'Revenue quota; at least one of quotaAmount and quotaQuantity.' }) @IsOptional() @Min(0) @Max(1e15) quotaAmount?: number;
  @Field(() => Float, { nullable: true, description: 'Quantity quota.' }) @IsOptional() @Min(0) @Max(1e15) quotaQuantity?: number;
  @Field(() => String, { nullable: true, description: 'Only for this product family; null: the total.' }) @IsOptional() @MaxLength(40) productFamily?: string;
}

@InputType()
export class UpdateForecastingQuotaInput {
  @Field(() => DateScalar, { nullable: true }) startDate?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1e15) quotaAmount?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1e15) quotaQuantity?: number;
}
