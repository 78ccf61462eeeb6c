import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { JSONScalar } from '../common/scalars';
import { RULE_OBJECTS } from './rule-fields';
import { ValidationRule } from './validation-rule.entity';

export const validationRuleList = defineList(() => ValidationRule, {
  name: 'ValidationRule',
  fields: {
    id: 'id', objectApiName: 'string', name: 'string', isActive: 'boolean', errorField: 'string',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['objectApiName', SortDirection.ASC], ['name', SortDirection.ASC]],
});

const CONDITION_HELP =
  'The error condition (the write fails when it holds): { "and": [...] }, { "or": [...] }, { "not": {...} } or a leaf ' +
  '{ "field", "op", "value"?, "prior"? } with op isBlank, isNotBlank, equals, notEquals, in, notIn, lt, lte, gt, gte, changed, ' +
  'stageAtOrAfter, stageBefore (Opportunity.stageName, by the stage order) or { "op": "isNew" }; "prior": true reads the value before the write.';

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;

@InputType()
class ValidationRuleFields {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 32000) description?: string | null;
  @Field({ nullable: true }) isActive?: boolean;
}

@InputType()
export class CreateValidationRuleInput extends ValidationRuleFields {
  @Field({ description: RULE_OBJECTS.join(', ') }) @IsIn(RULE_OBJECTS) objectApiName: string;
  @Field({ description: 'Letters, digits and underscores, unique per object.' }) @Matches(NAME) name: string;
  @Field(() => JSONScalar, { description: CONDITION_HELP }) condition: unknown;
  @Field() @Length(1, 255) errorMessage: string;
  @Field({ description: 'A field of the object the error is shown on.' }) @Length(1, 80) errorField: string;
}

@InputType()
export class UpdateValidationRuleInput extends ValidationRuleFields {
  @Field({ nullable: true }) @IsOptional() @Matches(NAME) name?: string;
  @Field(() => JSONScalar, { nullable: true, description: CONDITION_HELP }) condition?: unknown;
  @Field({ nullable: true }) @IsOptional() @Length(1, 255) errorMessage?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) errorField?: string;
}
