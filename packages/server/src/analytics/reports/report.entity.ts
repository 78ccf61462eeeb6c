import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, VersionColumn } from 'typeorm';
import { text } from '../../common/column-types';
import { DateTimeScalar } from '../../common/scalars';
import { TenantEntity } from '../../common/tenant.entity';
import { ReportFolderAccess, ReportFolderAccessLevel, ReportFormat, ReportTypeName } from './report-enums';

@ObjectType({ description: 'A folder of saved reports; its accessType and shares decide who sees and edits the reports in it.' })
@Entity('report_folder')
@Index(['orgId', 'name'])
export class ReportFolder extends TenantEntity {
  @Field({ description: 'Folder name (Salesforce Folder.Name).' }) @Column(text(120, false)) name: string;
  @Field(() => ReportFolderAccess, { description: 'PRIVATE, PUBLIC or SHARED.' }) @Column({ type: 'varchar', length: 10 }) accessType: ReportFolderAccess;
  @Field(() => ID, { description: 'The user who created the folder; manages it with admins.' }) @Column('uuid') ownerId: string;
}

@ObjectType({ description: 'A share of a report folder with one user.' })
@Entity('report_folder_share')
@Index(['folderId', 'userId'], { unique: true })
export class ReportFolderShare extends TenantEntity {
  @Field(() => ID, { description: 'The folder shared.' }) @Column('uuid') folderId: string;
  @Field(() => ID, { description: 'The user it is shared with.' }) @Index() @Column('uuid') userId: string;
  @Field(() => ReportFolderAccessLevel, { description: 'VIEW or EDIT.' }) @Column({ type: 'varchar', length: 10 }) accessLevel: ReportFolderAccessLevel;
}

@ObjectType({ description: 'A saved report: a definition over a report type, in a folder (or private to its owner without one).' })
@Entity('report')
@Index(['orgId', 'folderId'])
export class Report extends TenantEntity {
  @Field({ description: 'Report name.' }) @Column(text(120, false)) name: string;
  @Field(() => String, { nullable: true, description: 'What the report answers.' }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => ID, { nullable: true, description: 'The folder; none = private to the owner.' }) @Column({ type: 'uuid', nullable: true }) folderId: string | null;
  @Field(() => ID, { description: 'The user who saved it.' }) @Column('uuid') ownerId: string;
  @Field(() => ReportTypeName, { description: 'The report type it reads.' }) @Column({ type: 'varchar', length: 40 }) reportType: ReportTypeName;
  /** The validated ReportDefinitionInput, as stored. */
  @Column({ type: 'jsonb' }) definitionData: Record<string, unknown>;
  @Field(() => ReportFormat, { description: 'TABULAR, SUMMARY or MATRIX, from the groupings.' }) @Column({ type: 'varchar', length: 10 }) format: ReportFormat;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the report was last run as a saved report (runSavedReport).' })
  @Column({ type: 'timestamptz', nullable: true }) lastRunDate: Date | null;
  @Field(() => Int, { description: 'How many times the report was run as a saved report (runSavedReport); ad hoc runs are not counted.' })
  @Column('int', { default: 0 }) runCount: number;
  @Field(() => Int, { description: 'Increments on every save: send it back as expectedVersion to update safely.' }) @VersionColumn({ default: 1 }) version: number;
}
