import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BulkMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  PER_ROW = 'PER_ROW',
}
registerEnumType(BulkMode, {
  name: 'BulkMode',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Any failing row: nothing is written; the result lists every failure.' },
    PER_ROW: { description: 'The valid rows are written; the result lists each failing row.' },
  },
});

export enum BulkObjectApiName {
  Account = 'Account',
  Contact = 'Contact',
  Lead = 'Lead',
  Opportunity = 'Opportunity',
}
registerEnumType(BulkObjectApiName, { name: 'BulkObjectApiName', description: 'The objects mass update, import and export handle.' });

export enum ImportMatchBy {
  externalId = 'externalId',
  email = 'email',
  none = 'none',
}
registerEnumType(ImportMatchBy, {
  name: 'ImportMatchBy',
  valuesConfig: {
    externalId: { description: 'A row whose externalId is already a record updates that record; others are created.' },
    email: { description: 'Leads and contacts: a row whose email is a record\'s (case-insensitive; the oldest wins) updates it.' },
    none: { description: 'Every row creates a record.' },
  },
});

export type RowErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

@ObjectType({ description: 'Why one row failed. A row may fail on several fields.' })
export class RowError {
  @Field(() => Int, { description: 'The row: a CSV file\'s row as a spreadsheet shows it (the header is row 1), else the position of the id (1 = first) or of the record in the filtered list.' })
  row: number;

  @Field(() => ID, { nullable: true, description: 'The record, when the row names or matched one.' }) id: string | null;
  @Field(() => String, { nullable: true, description: 'The field at fault (csv: the row itself is malformed).' }) field: string | null;
  @Field(() => String, { description: 'BAD_USER_INPUT (invalid value, rule violation, malformed row), NOT_FOUND, FORBIDDEN or CONFLICT (changed since read, duplicate key).' })
  code: RowErrorCode;

  @Field() message: string;
}

@ObjectType({ description: 'The outcome of a mass update or an import.' })
export class BulkResult {
  @Field(() => Int, { description: 'Rows considered (ids, filtered records or data rows of the file).' }) total: number;
  @Field(() => Int, { description: 'Rows written (or that would be, in a dry run).' }) succeeded: number;
  @Field(() => Int, { description: 'Rows that failed (each listed in errors).' }) failed: number;
  @Field(() => Int, { description: 'Of succeeded: records created (import).' }) created: number;
  @Field(() => Int, { description: 'Of succeeded: records updated.' }) updated: number;
  @Field({ description: 'Nothing was written: a dry run, or ALL_OR_NOTHING with a failure.' }) nothingWritten: boolean;
  @Field() dryRun: boolean;
  @Field(() => [RowError], { description: 'Every failure, by row.' }) errors: RowError[];
}

@InputType({ description: 'One field to set: the value as text (as typed in a CSV cell); null or blank clears the field.' })
export class FieldValueInput {
  @Field({ description: 'A writable field of the object, e.g. stageName, ownerId.' }) field: string;
  @Field(() => String, { nullable: true }) value?: string | null;
}

@InputType({ description: 'Which record field a CSV column fills.' })
export class ImportColumnMapping {
  @Field({ description: 'A header of the file (case, spaces and punctuation ignored when unambiguous).' }) column: string;
  @Field({
    description:
      'A writable field (e.g. name, email, externalId, ownerId, accountId), or a reference by name: owner.email, owner.name, ' +
      'account.name, account.externalId (opportunities, contacts), parent.name, parent.externalId (accounts), campaign.name (opportunities).',
  })
  field: string;
}

@InputType()
export class ImportRecordsInput {
  @Field(() => BulkObjectApiName) objectApiName: BulkObjectApiName;
  @Field({ description: 'The file: UTF-8 CSV with a header row, at most 50,000 data rows and 10 MB.' }) csv: string;
  @Field(() => [ImportColumnMapping], { description: 'Unmapped columns are ignored.' }) mapping: ImportColumnMapping[];
  @Field(() => ImportMatchBy, { nullable: true, defaultValue: ImportMatchBy.none }) matchBy?: ImportMatchBy;
  @Field(() => BulkMode, { nullable: true, defaultValue: BulkMode.ALL_OR_NOTHING }) mode?: BulkMode;
  @Field({ nullable: true, defaultValue: false, description: 'Validate every row, write nothing, report the same result.' }) dryRun?: boolean;
}

@ObjectType()
export class SuggestedMapping {
  @Field() column: string;
  @Field(() => String, { nullable: true, description: 'The suggested field, null when none fits.' }) field: string | null;
}

@ObjectType({ description: 'A first look at a CSV file for the import wizard.' })
export class ImportPreview {
  @Field(() => [String]) headers: string[];
  @Field(() => [[String]], { description: 'The first data rows (at most 10).' }) rows: string[][];
  @Field(() => Int, { description: 'Data rows in the file (blank lines not counted).' }) rowCount: number;
  @Field(() => [SuggestedMapping], { description: 'By header name (English, Korean or Chinese), one per header.' }) mapping: SuggestedMapping[];
  @Field(() => [String], { description: 'Every field a column may map to.' }) fields: string[];
  @Field(() => [RowError], { description: 'Malformed rows found while reading.' }) errors: RowError[];
}

@ObjectType({ description: 'A list exported as CSV.' })
export class CsvExport {
  @Field({ description: 'RFC 4180 text with a header row and a UTF-8 BOM (Excel); cells starting with = + - @ are prefixed with \'.' })
  csv: string;

  @Field(() => Int) rowCount: number;
  @Field({ description: 'More records matched than the cap (50,000): only the first were exported.' }) truncated: boolean;
}
