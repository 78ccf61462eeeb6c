import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'Something the organisation sells (Salesforce Product2); priced in price books.' })
@Entity('product')
@Index(['orgId', 'name'])
@Index(['orgId', 'productCode'], { unique: true, where: `"productCode" IS NOT NULL` })
export class Product extends TenantEntity {
  @Field() @Column(text(255, false)) name: string;
  @Field(() => String, { nullable: true, description: 'Unique within the organisation (SKU).' }) @Column(text(40)) productCode: string | null;
  @Field(() => String, { nullable: true, description: 'Product family, e.g. Hardware, Software, Services.' }) @Column(text(40)) family: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field({ description: 'Only active products can be ordered.' }) @Column({ default: true }) isActive: boolean;
}
