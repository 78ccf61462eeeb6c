import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';

export enum CustomFieldType {
  STRING = 'STRING',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  BOOLEAN = 'BOOLEAN',
  PICKLIST = 'PICKLIST',
}
registerEnumType(CustomFieldType, { name: 'CustomFieldType' });

@ObjectType({ description: 'An extra field a campaign record type defines.' })
export class CustomFieldDefinition {
  @Field({ description: 'API name, e.g. emailTemplate.' }) name: string;
  @Field() label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field() required: boolean;
  @Field(() => [String], { nullable: true, description: 'Allowed values of a PICKLIST.' }) options?: string[] | null;
}

@ObjectType({ description: 'A kind of campaign with its own extra fields (e.g. Email: emailTemplate).' })
@Entity('campaign_record_type')
@Index(['orgId', 'name'], { unique: true })
export class CampaignRecordType extends TenantEntity {
  @Field() @Column({ length: 80 }) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field() @Column({ default: true }) isActive: boolean;
  @Field(() => [CustomFieldDefinition]) @Column({ type: 'jsonb', default: () => `'[]'` }) fieldDefinitions: CustomFieldDefinition[];
}
