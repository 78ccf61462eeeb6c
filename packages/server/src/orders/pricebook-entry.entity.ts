import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';
import { Pricebook } from './pricebook.entity';
import { Product } from './product.entity';

@ObjectType({ description: "A product's list price in one price book (Salesforce PricebookEntry)." })
@Entity('pricebook_entry')
@Index(['pricebookId', 'productId'], { unique: true })
export class PricebookEntry extends TenantEntity {
  @Column('uuid') pricebookId: string;
  @ManyToOne(() => Pricebook, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'pricebookId' }) pricebook?: Pricebook;
  @Index() @Column('uuid') productId: string;
  @ManyToOne(() => Product, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'productId' }) product?: Product;
  @Field(() => Float) @Column({ type: 'numeric', precision: 18, scale: 2 }) unitPrice: number;
  @Field() @Column({ default: true }) isActive: boolean;
}
