import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Max, MaxLength, Min, IsInt } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { Lead } from './lead.entity';

export const leadList = defineList(() => Lead, {
  name: 'Lead',
  fields: {
    id: 'id', name: 'string', firstName: 'string', lastName: 'string', company: 'string', title: 'string',
    email: 'string', phone: 'string', status: 'string', leadSource: 'string', rating: 'string', industry: 'string',
    annualRevenue: 'number', numberOfEmployees: 'number', city: 'string', state: 'string', postalCode: 'string',
    country: 'string', doNotCall: 'boolean', hasOptedOutOfEmail: 'boolean', isConverted: 'boolean', isUnreadByOwner: 'boolean',
    convertedDate: 'date', convertedAccountId: 'id', convertedContactId: 'id', convertedOpportunityId: 'id',
    ownerId: 'id', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['createdDate', SortDirection.DESC]],
});

@InputType()
class LeadFields {
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) salutation?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) firstName?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(128) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(80) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) phone?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) mobilePhone?: string;
  @Field({ nullable: true, description: 'A LeadStatus apiName that is not a converted status; defaults to the default status.' })
  @IsOptional()
  @MaxLength(40)
  status?: string;

  @Field({ nullable: true, description: 'An active LeadSource apiName (query leadSources).' }) @IsOptional() @MaxLength(40) leadSource?: string;
  @Field({ nullable: true, description: 'Hot, Warm or Cold.' }) @IsOptional() @MaxLength(40) rating?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) industry?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1e15) annualRevenue?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) numberOfEmployees?: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) street?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) city?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) state?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20) postalCode?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) country?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field({ nullable: true }) doNotCall?: boolean;
  @Field({ nullable: true }) hasOptedOutOfEmail?: boolean;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) ownerId?: string;
}

@InputType()
export class CreateLeadInput extends LeadFields {
  @Field() @Length(1, 80) lastName: string;
  @Field() @Length(1, 255) company: string;
}

@InputType()
export class UpdateLeadInput extends LeadFields {
  @Field(() => Int, { nullable: true, description: 'The version read; a record changed since fails with CONFLICT (extensions.current).' }) @IsOptional() @IsInt() expectedVersion?: number;
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) lastName?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 255) company?: string;
}

@InputType({ description: 'Salesforce convertLead: turns a lead into an account, a contact and (optionally) an opportunity.' })
export class LeadConvertInput {
  @Field(() => ID) leadId: string;
  @Field({ description: 'A LeadStatus apiName with isConverted = true.' }) @Length(1, 40) convertedStatus: string;
  @Field(() => ID, { nullable: true, description: 'Merge into this account instead of creating one from the company.' }) accountId?: string;
  @Field(() => ID, { nullable: true, description: 'Merge into this contact (of accountId) instead of creating one.' }) contactId?: string;
  @Field({ nullable: true, defaultValue: false }) doNotCreateOpportunity?: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Attach to this existing open opportunity of accountId instead of creating one (accountId required).',
  })
  opportunityId?: string;

  @Field({ nullable: true, description: 'Defaults to "<company>-".' }) @IsOptional() @Length(1, 120) opportunityName?: string;
  @Field(() => ID, { nullable: true, description: "Owner of the new records; defaults to the lead's owner." }) ownerId?: string;
}

@ObjectType({ description: 'What convertLead created or merged into.' })
export class LeadConvertResult {
  @Field(() => ID) leadId: string;
  @Field(() => ID) accountId: string;
  @Field(() => ID) contactId: string;
  @Field(() => ID, { nullable: true, description: 'Null with doNotCreateOpportunity.' }) opportunityId: string | null;
}
