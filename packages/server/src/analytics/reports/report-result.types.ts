import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportAggregateFunction, ReportFieldType, ReportFormat, ReportTypeName } from './report-enums';

@ObjectType({ description: 'A field of a report type.' })
export class ReportField {
  @Field({ description: 'Field name, used in columns, filters, groupings and aggregates.' }) name: string;
  @Field({ description: 'Label for display.' }) label: string;
  @Field(() => ReportFieldType, { description: 'Data type: decides operators, aggregates and date buckets.' }) dataType: ReportFieldType;
  @Field({ description: 'May be a grouping.' }) groupable: boolean;
  @Field({ description: 'Takes SUM/AVG (numbers, booleans) and MIN/MAX (numbers, dates).' }) aggregatable: boolean;
  @Field(() => [String], { nullable: true, description: 'Fixed picklist values, when the field has them.' }) picklistValues?: readonly string[] | null;
}

@ObjectType({ description: 'A report type: a fixed set of fields over records and their joins.' })
export class ReportType {
  @Field(() => ReportTypeName, { description: 'Type name.' }) name: ReportTypeName;
  @Field({ description: 'Label for display.' }) label: string;
  @Field(() => [ReportField], { description: 'Fields, in display order.' }) fields: ReportField[];
  @Field(() => [String], { description: 'Columns a new report starts with.' }) defaultColumns: string[];
}

@ObjectType({ description: 'A detail column of a report result.' })
export class ReportColumn {
  @Field({ description: 'Field name.' }) name: string;
  @Field({ description: 'Label.' }) label: string;
  @Field(() => ReportFieldType, { description: 'Data type.' }) dataType: ReportFieldType;
}

@ObjectType({ description: 'A detail row.' })
export class ReportRow {
  @Field(() => String, { nullable: true, description: 'Id of the record behind the row (drill-down).' }) recordId: string | null;
  @Field(() => [String], { nullable: 'items', description: 'Values in column order, as text (dates YYYY-MM-DD, date/times ISO 8601, booleans true/false); null = blank.' }) values: Array<string | null>;
  @Field(() => [String], { nullable: 'items', description: 'The row\'s keys of groupingsDown (as ReportGroup.key), to place it under its group.' }) groupKeys: Array<string | null>;
}

@ObjectType({ description: 'A summary as computed, with the aggregate it belongs to.' })
export class ReportAggregateHeader {
  @Field({ description: 'Key of the aggregate, e.g. "SUM:amount" or "COUNT".' }) key: string;
  @Field(() => ReportAggregateFunction, { description: 'Function.' }) function: ReportAggregateFunction;
  @Field(() => String, { nullable: true, description: 'Field; null for the row count.' }) field: string | null;
  @Field({ description: 'Label, e.g. "Sum of Amount".' }) label: string;
  @Field(() => ReportFieldType, { nullable: true, description: 'Data type of the value (CURRENCY for a sum of amounts; PERCENT for AVG of a boolean: share of true rows, 0-100).' }) dataType: ReportFieldType | null;
}

@ObjectType({ description: 'A value of one aggregate.' })
export class ReportAggregateValue {
  @Field({ description: 'Key of the aggregate (ReportAggregateHeader.key).' }) key: string;
  @Field(() => Float, { nullable: true, description: 'The value; null when no row has a value (e.g. AVG of blanks).' }) value: number | null;
}

@ObjectType({ description: 'A column of a matrix (a groupsAcross key) with its column totals.' })
export class ReportGroupKey {
  @Field(() => String, { nullable: true, description: 'The grouping value as text (date buckets: first day YYYY-MM-DD); null = blank.' }) key: string | null;
  @Field({ description: 'Label for display ("-" for blank).' }) label: string;
  @Field(() => Int, { description: 'Rows in the column.' }) count: number;
  @Field(() => [Float], { nullable: 'items', description: 'Aggregates over the column, in ReportResult.aggregates order.' }) aggregates: Array<number | null>;
}

@ObjectType({ description: 'A matrix cell: one row group crossed with one column key.' })
export class ReportCell {
  @Field(() => String, { nullable: true, description: 'The column key (ReportGroupKey.key).' }) key: string | null;
  @Field(() => Int, { description: 'Rows in the cell.' }) count: number;
  @Field(() => [Float], { nullable: 'items', description: 'Aggregates over the cell, in ReportResult.aggregates order.' }) aggregates: Array<number | null>;
}

@ObjectType({ description: 'A row group with its subtotals; children for the second grouping.' })
export class ReportGroup {
  @Field(() => String, { nullable: true, description: 'The grouping value as text (date buckets: first day YYYY-MM-DD); null = blank.' }) key: string | null;
  @Field({ description: 'Label for display ("-" for blank).' }) label: string;
  @Field(() => Int, { description: 'Rows in the group (record count).' }) count: number;
  @Field(() => [Float], { nullable: 'items', description: 'Subtotals of the group, in ReportResult.aggregates order.' }) aggregates: Array<number | null>;
  @Field(() => [ReportGroup], { description: 'Groups of the second row grouping inside this one.' }) children: ReportGroup[];
  @Field(() => [ReportCell], { description: 'Matrix only: one cell per groupsAcross key (same order).' }) cells: ReportCell[];
}

@ObjectType({ description: 'A report run: detail rows, groups with subtotals, and grand totals, all within the caller\'s visibility.' })
export class ReportResult {
  @Field(() => ReportTypeName, { description: 'Report type read.' }) reportType: ReportTypeName;
  @Field(() => ReportFormat, { description: 'TABULAR, SUMMARY or MATRIX.' }) format: ReportFormat;
  @Field(() => [ReportColumn], { description: 'Detail columns.' }) columns: ReportColumn[];
  @Field(() => [ReportRow], { description: 'Detail rows (at most rowLimit), ordered by the groupings then the first column.' }) rows: ReportRow[];
  @Field(() => [ReportAggregateHeader], { description: 'The aggregates computed, in the order of every aggregates list of the result.' }) aggregates: ReportAggregateHeader[];
  @Field(() => [ReportGroup], { description: 'Groups of the first row grouping (blank last), with subtotals.' }) groupsDown: ReportGroup[];
  @Field(() => [ReportGroupKey], { description: 'Matrix columns (blank last), with column totals.' }) groupsAcross: ReportGroupKey[];
  @Field(() => [ReportAggregateValue], { description: 'Grand totals over every matching row.' }) grandTotal: ReportAggregateValue[];
  @Field(() => Int, { description: 'Rows matching the filters (the record count).' }) totalCount: number;
  @Field({ description: 'True when there are more detail rows than returned.' }) truncated: boolean;
}
