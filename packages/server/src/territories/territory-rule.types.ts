import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { RuleTerritoryAssociation } from './rule-territory-association.entity';
import { TerritoryAssignmentRule } from './territory-assignment-rule.entity';
import { RULE_FIELDS, RULE_OPERATORS } from './rule-filter';

export const territoryAssignmentRuleList = defineList(() => TerritoryAssignmentRule, {
  name: 'TerritoryAssignmentRule',
  fields: { id: 'id', modelId: 'id', name: 'string', isActive: 'boolean', createdDate: 'datetime', lastModifiedDate: 'datetime' },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType({ description: 'One criterion; the n-th item of the list is item n of the boolean filter.' })
export class TerritoryRuleItemInput {
  @Field({ description: `An account field: ${Object.keys(RULE_FIELDS).join(', ')}.` }) @MaxLength(40) field: string;
  @Field({ description: `${Object.keys(RULE_OPERATORS).join(', ')}.` }) @MaxLength(20) operator: string;
  @Field({ description: 'Compared case-insensitively for text fields; comma-separated values for IN.' }) @MaxLength(1000) value: string;
}

@InputType()
export class CreateTerritoryAssignmentRuleInput {
  @Field(() => ID) modelId: string;
  @Field() @Length(1, 80) name: string;
  @Field({ nullable: true, description: 'Default true.' }) isActive?: boolean;
  @Field({ nullable: true, description: 'e.g. "1 AND (2 OR 3)" (AND, OR, NOT, parentheses); null: all items must match.' })
  @IsOptional()
  @MaxLength(255)
  booleanFilter?: string;

  @Field(() => [TerritoryRuleItemInput], { description: '1 to 10 criteria.' }) @ValidateNested() @ArrayMaxSize(10) items: TerritoryRuleItemInput[];
}

@InputType()
export class UpdateTerritoryAssignmentRuleInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) name?: string;
  @Field({ nullable: true }) isActive?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) booleanFilter?: string;
  @Field(() => [TerritoryRuleItemInput], { nullable: true, description: 'Replaces every item when given.' })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(10)
  items?: TerritoryRuleItemInput[];
}

export const ruleTerritoryAssociationList = defineList(() => RuleTerritoryAssociation, {
  name: 'RuleTerritoryAssociation',
  fields: { id: 'id', ruleId: 'id', territoryId: 'id', isInherited: 'boolean', createdDate: 'datetime', lastModifiedDate: 'datetime' },
  defaultOrder: [['createdDate', SortDirection.ASC]],
});

@InputType({ description: 'Attaches a rule to a territory of the same model.' })
export class CreateRuleTerritoryAssociationInput {
  @Field(() => ID) ruleId: string;
  @Field(() => ID) territoryId: string;
  @Field({ nullable: true, description: 'Default false; true: the rule also assigns to every descendant (isInherited).' })
  applyToDescendants?: boolean;
}

@InputType()
export class UpdateRuleTerritoryAssociationInput {
  @Field({ nullable: true }) applyToDescendants?: boolean;
}
