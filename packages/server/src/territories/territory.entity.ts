import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A sales territory; territories form a tree.' })
@Entity('territory')
@Index(['orgId', 'name'])
export class Territory extends TenantEntity {
  @Field() @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;

  @Index() @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parentId' }) parent?: Territory;
}
