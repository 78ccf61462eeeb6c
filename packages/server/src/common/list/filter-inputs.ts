import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../scalars';

// Operators on one field, in the spirit of Salesforce list-view filters. Several operators in one
// object are ANDed; `_and` / `_or` on the record filter combine whole conditions.

@InputType({ description: 'equals, not equal to, contains (case-insensitive), starts with, in ...' })
export class StringFilter {
  @Field({ nullable: true }) eq?: string;
  @Field({ nullable: true }) notEq?: string;
  @Field({ nullable: true, description: 'Case-insensitive substring match.' }) contains?: string;
  @Field({ nullable: true }) notContains?: string;
  @Field({ nullable: true, description: 'Case-insensitive prefix match.' }) startsWith?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => [String], { nullable: true }) notIn?: string[];
  @Field({ nullable: true, description: 'true: the field is blank; false: it is not.' }) isNull?: boolean;
}

@InputType()
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) notEq?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field(() => [ID], { nullable: true }) notIn?: string[];
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class NumberRange {
  @Field(() => Float) start: number;
  @Field(() => Float) end: number;
}

@InputType()
export class NumberFilter {
  @Field(() => Float, { nullable: true }) eq?: number;
  @Field(() => Float, { nullable: true }) notEq?: number;
  @Field(() => Float, { nullable: true }) lt?: number;
  @Field(() => Float, { nullable: true }) lte?: number;
  @Field(() => Float, { nullable: true }) gt?: number;
  @Field(() => Float, { nullable: true }) gte?: number;
  @Field(() => NumberRange, { nullable: true, description: 'Inclusive range.' }) between?: NumberRange;
  @Field(() => [Float], { nullable: true }) in?: number[];
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class DateRange {
  @Field(() => DateScalar) start: string;
  @Field(() => DateScalar) end: string;
}

@InputType()
export class DateFilter {
  @Field(() => DateScalar, { nullable: true }) eq?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Strictly before.' }) before?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Strictly after.' }) after?: string;
  @Field(() => DateRange, { nullable: true, description: 'Inclusive range.' }) between?: DateRange;
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class DateTimeRange {
  @Field(() => DateTimeScalar) start: Date;
  @Field(() => DateTimeScalar) end: Date;
}

@InputType()
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true }) before?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) after?: Date;
  @Field(() => DateTimeRange, { nullable: true }) between?: DateTimeRange;
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class BooleanFilter {
  @Field({ nullable: true }) eq?: boolean;
  @Field({ nullable: true }) isNull?: boolean;
}

export type FieldKind = 'string' | 'id' | 'number' | 'date' | 'datetime' | 'boolean';

export const FILTER_INPUT: Record<FieldKind, Function> = {
  string: StringFilter,
  id: IdFilter,
  number: NumberFilter,
  date: DateFilter,
  datetime: DateTimeFilter,
  boolean: BooleanFilter,
};
