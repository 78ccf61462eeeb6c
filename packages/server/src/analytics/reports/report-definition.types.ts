import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { SortDirection } from '../../common/list/connection-types';
import { ChartType } from '../common/chart-type';
import { DateGranularity } from '../common/date-granularity';
import { ReportAggregateFunction, ReportFilterOperator, ReportTypeName } from './report-enums';

// Each class is both the input and, for saved reports, the structured output (same shape).

@ObjectType('ReportFilter', { description: 'A report filter: field, operator, value(s).' })
@InputType('ReportFilterInput', { description: 'A report filter. equals with no value = blank; notEqual with no value = has a value; date fields take relative literals (THIS_MONTH, LAST_N_DAYS:30) or YYYY-MM-DD.' })
export class ReportFilter {
  @Field({ description: 'A field name of the report type (ReportType.fields).' }) field: string;
  @Field(() => ReportFilterOperator, { description: 'The comparison.' }) operator: ReportFilterOperator;
  @Field(() => String, { nullable: true, description: 'The value; several comma-separated values are ORed (Salesforce). Empty or absent = blank.' }) value?: string | null;
  @Field(() => [String], { nullable: true, description: 'Values as a list (instead of commas), e.g. for `in`.' }) values?: string[] | null;
}

@ObjectType('ReportGrouping', { description: 'A grouping of a report.' })
@InputType('ReportGroupingInput', { description: 'A grouping: a groupable field, and a bucket for date fields (default DAY).' })
export class ReportGrouping {
  @Field({ description: 'A groupable field of the report type.' }) field: string;
  @Field(() => DateGranularity, { nullable: true, description: 'Date bucket (date and date/time fields only).' }) dateGranularity?: DateGranularity | null;
  @Field(() => SortDirection, { nullable: true, description: 'Order of the groups (default ASC): by key, or by sortAggregate. Blank keys stay last.' }) sortOrder?: SortDirection | null;
  @Field(() => String, { nullable: true, description: 'Row groupings: sort the groups by this summary (an aggregate key such as "SUM:amount", or "COUNT" for the record count) instead of by key (Salesforce sortAggregate).' }) sortAggregate?: string | null;
}

@ObjectType('ReportAggregate', { description: 'A summary computed per group and in total.' })
@InputType('ReportAggregateInput', { description: 'A summary: COUNT (no field = rows), or SUM/AVG/MIN/MAX of an aggregatable field.' })
export class ReportAggregate {
  @Field(() => ReportAggregateFunction, { description: 'The function.' }) function: ReportAggregateFunction;
  @Field(() => String, { nullable: true, description: 'The field; none for a row count.' }) field?: string | null;
}

@ObjectType('ReportChart', { description: 'The chart drawn over the report groups.' })
@InputType('ReportChartInput', { description: 'The chart drawn over the report groups.' })
export class ReportChart {
  @Field(() => ChartType, { description: 'The visualisation.' }) type: ChartType;
}

@ObjectType('ReportDefinition', { description: 'What a report reads and how it summarises.' })
@InputType('ReportDefinitionInput', { description: 'What a report reads and how it summarises. Groupings make it SUMMARY (down) or MATRIX (down and across).' })
export class ReportDefinition {
  @Field(() => ReportTypeName, { description: 'The report type.' }) reportType: ReportTypeName;
  @Field(() => [String], { description: 'Detail columns: field names of the report type, in order.' }) columns: string[];
  @Field(() => [ReportFilter], { nullable: true, description: 'Filters, all of which must hold (AND).' }) filters?: ReportFilter[] | null;
  @Field(() => [ReportGrouping], { nullable: true, description: 'Row groupings, outermost first (at most 2).' }) groupingsDown?: ReportGrouping[] | null;
  @Field(() => [ReportGrouping], { nullable: true, description: 'Column grouping (at most 1): makes a MATRIX.' }) groupingsAcross?: ReportGrouping[] | null;
  @Field(() => [ReportAggregate], { nullable: true, description: 'Summaries per group and in total; default a row count.' }) aggregates?: ReportAggregate[] | null;
  @Field(() => ReportChart, { nullable: true, description: 'Chart of the report.' }) chart?: ReportChart | null;
  @Field(() => Int, { nullable: true, description: 'Detail rows returned, 0-2000 (default 2000); groups and totals always cover every row.' }) rowLimit?: number | null;
  @Field(() => Int, { nullable: true, description: 'Top N: only the first 1-2000 groups of the first row grouping in its sort order (sortOrder, sortAggregate), with their subgroups and cells (a dashboard\'s "maximum values displayed"). Totals and detail rows still cover every row.' }) groupLimit?: number | null;
}
