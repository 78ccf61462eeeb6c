import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';
import { Order } from './order.entity';
import { Product } from './product.entity';

@ObjectType({ description: 'One line of an order (Salesforce OrderItem).' })
@Entity('order_item')
export class OrderItem extends TenantEntity {
  @Index() @Column('uuid') orderId: string;
  @ManyToOne(() => Order, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'orderId' }) order?: Order;
  @Index() @Column('uuid') productId: string;
  @ManyToOne(() => Product, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'productId' }) product?: Product;
  @Field(() => Int, { description: 'Line order, from 1.' }) @Column('int') lineNumber: number;
  @Field(() => Float) @Column({ type: 'numeric', precision: 18, scale: 2 }) quantity: number;
  @Field(() => Float, { description: "Defaults to the product's price book entry." }) @Column({ type: 'numeric', precision: 18, scale: 2 }) unitPrice: number;
  @Field(() => Float, { description: 'quantity × unitPrice.' }) @Column({ type: 'numeric', precision: 18, scale: 2 }) totalPrice: number;
}
