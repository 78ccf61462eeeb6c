import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches, Max, Min, ValidateNested, ArrayMaxSize } from 'class-validator';
import { ChartType } from '../common/chart-type';
import { DashboardType } from './dashboard.entity';

export const FILTER_NAMES = ['period', 'team', 'territory'] as const;
const DEVELOPER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;

@InputType()
export class DashboardFilterOptionInput {
  @Field() @Length(1, 255) value: string;
  @Field() @Length(1, 80) label: string;
}

@InputType()
export class DashboardFilterInput {
  @Field({ description: 'period, team or territory.' }) @IsIn(FILTER_NAMES) name: string;
  @Field() @Length(1, 80) label: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 255) defaultValue?: string | null;
  @Field(() => [DashboardFilterOptionInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) options?: DashboardFilterOptionInput[];
}

@InputType()
class DashboardFields {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 32000) description?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 80) folder?: string | null;
  @Field({ nullable: true }) isPublic?: boolean;
  @Field(() => DashboardType, { nullable: true }) dashboardType?: DashboardType;
  @Field(() => ID, { nullable: true, description: 'Required for SPECIFIED_USER.' }) runningUserId?: string | null;
  @Field(() => [DashboardFilterInput], { nullable: true, description: 'At most one filter of each name.' })
  @IsOptional()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
 
  filters?: DashboardFilterInput[];
}

@InputType()
export class CreateDashboardInput extends DashboardFields {
  @Field() @Length(1, 80) title: string;
  @Field({ description: 'Letters, digits and underscores, unique in the organisation.' }) @Matches(DEVELOPER_NAME) developerName: string;
}

@InputType()
export class UpdateDashboardInput extends DashboardFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) title?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DEVELOPER_NAME) developerName?: string;
  @Field(() => Int, { nullable: true, description: 'The version read: the update fails with CONFLICT when someone saved since.' }) expectedVersion?: number;
}

@InputType()
export class DashboardComponentPositionInput {
  @Field(() => Int) @Min(0) @Max(100) row: number;
  @Field(() => Int) @Min(0) @Max(11) col: number;
  @Field(() => Int) @Min(1) @Max(12) width: number;
}

@InputType()
class DashboardComponentFields {
  @Field(() => ID, { nullable: true }) reportId?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. salesKpis.winRate' }) @IsOptional() @Length(1, 80) kpi?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(8) objects?: string[];
  @Field(() => String, { nullable: true, description: 'JSON object.' }) @IsOptional() @Length(0, 10000) settings?: string | null;
}

@InputType()
export class CreateDashboardComponentInput extends DashboardComponentFields {
  @Field(() => ID) dashboardId: string;
  @Field() @Length(1, 80) title: string;
  @Field(() => ChartType) visualization: ChartType;
  @Field(() => DashboardComponentPositionInput) @ValidateNested() position: DashboardComponentPositionInput;
  @Field({ description: 'One query (or a mutation of runSavedReport only), at most 20,000 characters.' }) @Length(1, 20000) document: string;
}

@InputType()
export class UpdateDashboardComponentInput extends DashboardComponentFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) title?: string;
  @Field(() => ChartType, { nullable: true }) visualization?: ChartType;
  @Field(() => DashboardComponentPositionInput, { nullable: true }) @IsOptional() @ValidateNested() position?: DashboardComponentPositionInput;
  @Field({ nullable: true }) @IsOptional() @Length(1, 20000) document?: string;
}
