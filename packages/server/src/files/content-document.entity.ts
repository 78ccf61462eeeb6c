import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

/**
 * An uploaded file (Salesforce's ContentDocument with one ContentDocumentLink folded in): owned by
 * its uploader until a mutation attaches it to a record; then read access follows that record.
 */
@ObjectType('ContentDocument', { description: 'An uploaded file. `url` is a signed link valid for about 10 minutes.' })
@Entity('content_document')
@Index(['orgId', 'linkedObjectApiName', 'linkedRecordId'])
export class ContentDocument extends TenantEntity {
  @Column('uuid') ownerId: string;
  @Field() @Column(text(255, false)) fileName: string;
  @Field({ description: 'Sniffed from the bytes, never the uploader\'s claim.' }) @Column(text(100, false)) contentType: string;
  @Field(() => Int) @Column('int') size: number;
  /** 'db' (bytes in `data`) or 'disk' (under FILES_DIR). */
  @Column(text(10, false)) storage: string;
  @Column({ type: 'bytea', nullable: true, select: false }) data: Buffer | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) linkedObjectApiName: string | null;
  @Column({ type: 'uuid', nullable: true }) linkedRecordId: string | null;
}
