import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { Case } from './case.entity';

export { casePriorities, caseOrigins } from './case-sla';

export const caseList = defineList(() => Case, {
  name: 'Case',
  fields: {
    id: 'id', caseNumber: 'string', subject: 'string', status: 'string', isClosed: 'boolean', priority: 'string',
    origin: 'string', type: 'string', reason: 'string', isEscalated: 'boolean', isClosedOnCreate: 'boolean',
    suppliedEmail: 'string', accountId: 'id', contactId: 'id', parentId: 'id', ownerId: 'id',
    closedDate: 'datetime', productName: 'string', firstResponseDate: 'datetime', reopenCount: 'number',
    firstResponseDueDate: 'datetime', resolutionDueDate: 'datetime', csatScore: 'number', agentInteractionCount: 'number', createdDate: 'datetime', lastModifiedDate: 'datetime',
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
  @Field({ nullable: true, description: 'Phone, Email, Web, Chat or Social.' }) @IsOptional() @MaxLength(40) origin?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) type?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) reason?: string;
  @Field({ nullable: true }) isEscalated?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) suppliedName?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(80) suppliedEmail?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) suppliedPhone?: string;
  @Field(() => ID, { nullable: true, description: "Defaults to the contact's account." }) accountId?: string;
  @Field(() => ID, { nullable: true, description: 'Must belong to the account when both are given.' }) contactId?: string;
  @Field(() => ID, { nullable: true, description: 'The parent case.' }) parentId?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) productName?: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller (unless assignToQueue).' }) ownerId?: string;
  @Field({ nullable: true, description: "True: unassigned, in the queue of the case's origin (needs an origin)." }) assignToQueue?: boolean;
}

@InputType()
export class CreateCaseInput extends CaseFields {}

@InputType()
export class UpdateCaseInput extends CaseFields {
  @Field(() => Int, { nullable: true, description: 'The version read; a record changed since fails with CONFLICT (extensions.current).' }) @IsOptional() @IsInt() expectedVersion?: number;
}

@InputType({ description: 'Update-and-close in one step.' })
export class CloseCaseInput {
  @Field(() => ID) caseId: string;
  @Field({ description: 'A closed CaseStatus apiName.' }) @Length(1, 40) status: string;
  @Field({ description: 'The resolution note, saved as a published CaseComment.' }) @Length(1, 32000) resolution: string;
  @Field(() => ID, { nullable: true, description: 'An uploaded file (POST /files) to attach to the case, e.g. a photo.' }) photoFileId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedVersion?: number;
}

@InputType()
export class AddCaseCommentInput {
  @Field(() => ID) caseId: string;
  @Field() @Length(1, 32000) body: string;
  @Field({ nullable: true, defaultValue: true, description: 'Visible to the customer (default).' }) isPublished?: boolean;
}

@InputType({ description: "A customer's satisfaction answer on a closed case." })
export class CaseSurveyInput {
  @Field(() => ID) caseId: string;
  @Field(() => Int, { description: '1 (very unsatisfied) to 5 (very satisfied).' }) @IsInt() @Min(1) @Max(5) score: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) comment?: string;
}

@InputType()
export class UpdateCaseSlaPolicyInput {
  @Field({ description: 'High, Medium or Low.' }) priority: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(525600) firstResponseMinutes: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(525600) resolutionMinutes: number;
}
