import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A price book (Salesforce Pricebook2): list prices of products. One per org is the standard price book.' })
@Entity('pricebook')
@Index(['orgId'], { unique: true, where: `"isStandard"` })
export class Pricebook extends TenantEntity {
  @Field() @Column(text(255, false)) name: string;
  @Field({ description: 'The standard price book; orders use it when none is named.' }) @Column({ default: false }) isStandard: boolean;
  @Field() @Column({ default: true }) isActive: boolean;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
}
