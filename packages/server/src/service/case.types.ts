import { Field, ID, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { Case } from './case.entity';

export const casePriorities = ['High', 'Medium', 'Low'] as const;

export const caseList = defineList(() => Case, {
  name: 'Case',
  fields: {
    id: 'id', caseNumber: 'string', subject: 'string', status: 'string', isClosed: 'boolean', priority: 'string',
    origin: 'string', type: 'string', reason: 'string', isEscalated: 'boolean', isClosedOnCreate: 'boolean',
    suppliedEmail: 'string', accountId: 'id', contactId: 'id', parentId: 'id', ownerId: 'id',
    closedDate: 'datetime', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['caseNumber', SortDirection.DESC]],
});

// caseNumber, isClosed, closedDate and isClosedOnCreate are system fields: never in an input.
@InputType()
class CaseFields {
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) subject?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field({ nullable: true, description: 'A CaseStatus apiName; defaults to the default status.' }) @IsOptional() @Length(1, 40) status?: string;
  @Field({ nullable: true, description: 'High, Medium (default) or Low.' }) @IsOptional() @MaxLength(40) priority?: string;
  @Field({ nullable: true, description: 'Phone, Email, Web ...' }) @IsOptional() @MaxLength(40) origin?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) type?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) reason?: string;
  @Field({ nullable: true }) isEscalated?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) suppliedName?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(80) suppliedEmail?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) suppliedPhone?: string;
  @Field(() => ID, { nullable: true, description: "Defaults to the contact's account." }) accountId?: string;
  @Field(() => ID, { nullable: true, description: 'Must belong to the account when both are given.' }) contactId?: string;
  @Field(() => ID, { nullable: true, description: 'The parent case.' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' }) ownerId?: string;
}

@InputType()
export class CreateCaseInput extends CaseFields {}

@InputType()
export class UpdateCaseInput extends CaseFields {}
