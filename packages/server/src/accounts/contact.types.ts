import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength, IsInt } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DateScalar } from '../common/scalars';
import { Contact } from './contact.entity';

export const contactList = defineList(() => Contact, {
  name: 'Contact',
  fields: {
    id: 'id', name: 'string', firstName: 'string', lastName: 'string', email: 'string', phone: 'string',
    title: 'string', department: 'string', leadSource: 'string', mailingCity: 'string', mailingCountry: 'string',
    accountId: 'id', reportsToId: 'id', ownerId: 'id', doNotCall: 'boolean', hasOptedOutOfEmail: 'boolean',
    birthdate: 'date', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['lastName', SortDirection.ASC], ['firstName', SortDirection.ASC]],
});

@InputType()
class ContactFields {
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) salutation?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(128) title?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) department?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(80) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) phone?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) mobilePhone?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) leadSource?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) mailingStreet?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) mailingCity?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) mailingState?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20) mailingPostalCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) mailingCountry?: string;
  @Field(() => DateScalar, { nullable: true }) birthdate?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field({ nullable: true }) doNotCall?: boolean;
  @Field({ nullable: true }) hasOptedOutOfEmail?: boolean;
  @Field(() => ID, { nullable: true }) accountId?: string;
  @Field(() => ID, { nullable: true }) reportsToId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) ownerId?: string;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field() @Length(1, 80) lastName: string;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field(() => Int, { nullable: true, description: 'The version read; a record changed since fails with CONFLICT (extensions.current).' }) @IsOptional() @IsInt() expectedVersion?: number;
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) lastName?: string;
}
