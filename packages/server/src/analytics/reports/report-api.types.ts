import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/list/connection-types';
import { ReportFolderAccess } from './report-enums';
import { ReportDefinition } from './report-definition.types';
import { Report } from './report.entity';

@InputType({ description: 'A new saved report.' })
export class CreateReportInput {
  @Field({ description: 'Report name, 1-120 characters.' }) name: string;
  @Field(() => String, { nullable: true, description: 'What the report answers.' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'A folder the caller may save into; none = private.' }) folderId?: string | null;
  @Field(() => ReportDefinition, { description: 'The definition, validated as runReport does.' }) definition: ReportDefinition;
}

@InputType({ description: 'Changes to a saved report; absent fields stay.' })
export class UpdateReportInput {
  @Field(() => String, { nullable: true, description: 'New name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'New description.' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'Move to this folder (null = private).' }) folderId?: string | null;
  @Field(() => ReportDefinition, { nullable: true, description: 'New definition.' }) definition?: ReportDefinition | null;
  @Field(() => Int, { nullable: true, description: 'The version read; CONFLICT if the report changed since.' }) expectedVersion?: number | null;
}

@InputType({ description: 'A report folder.' })
export class ReportFolderInput {
  @Field(() => String, { nullable: true, description: 'Folder name, 1-120 characters (required to create).' }) name?: string | null;
  @Field(() => ReportFolderAccess, { nullable: true, description: 'Default PRIVATE.' }) accessType?: ReportFolderAccess | null;
}

@ObjectType({ description: 'A page of saved reports.' })
export class ReportConnection {
  @Field(() => [Report], { description: 'Reports of the page, by name.' }) nodes: Report[];
  @Field(() => Int, { description: 'Reports matching, over all pages.' }) totalCount: number;
  @Field(() => PageInfo, { description: 'Paging (cursors are offsets).' }) pageInfo: PageInfo;
}

export const cursorOf = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64');

export function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString());
  return m ? Number(m[1]) + 1 : 0;
}
