import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsOptional, IsUrl, Length, MaxLength, Min, IsInt } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { Account } from './account.entity';

export const accountList = defineList(() => Account, {
  name: 'Account',
  fields: {
    id: 'id', name: 'string', type: 'string', industry: 'string', rating: 'string', accountSource: 'string',
    annualRevenue: 'number', numberOfEmployees: 'number', billingCity: 'string', billingState: 'string',
    billingPostalCode: 'string', billingCountry: 'string', isPersonAccount: 'boolean', parentId: 'id',
    ownerId: 'id', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType()
class AccountFields {
  @Field({ nullable: true }) isPersonAccount?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) lastName?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(80) personEmail?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) personMobilePhone?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) type?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) industry?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) rating?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) accountSource?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) annualRevenue?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) numberOfEmployees?: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsUrl({ require_protocol: false }) @MaxLength(255) website?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) billingStreet?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) billingCity?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) billingState?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20) billingPostalCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) billingCountry?: string;
  @Field(() => ID, { nullable: true, description: 'The parent account (account hierarchy).' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) ownerId?: string;
}

@InputType()
export class CreateAccountInput extends AccountFields {
  @Field({ nullable: true, description: 'Required for business accounts; person accounts derive it.' })
  @IsOptional()
  @Length(1, 255)
  name?: string;
}

@InputType()
export class UpdateAccountInput extends AccountFields {
  @Field(() => Int, { nullable: true, description: 'The version read; a record changed since fails with CONFLICT (extensions.current).' }) @IsOptional() @IsInt() expectedVersion?: number;
  @Field({ nullable: true }) @IsOptional() @Length(1, 255) name?: string;
}
