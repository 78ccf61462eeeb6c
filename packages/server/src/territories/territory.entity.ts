import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { TerritoryModel } from './territory-model.entity';
import { TerritoryType } from './territory-type.entity';

@ObjectType({ description: 'A sales territory (Territory2) of one territory model; the territories of a model form a tree.' })
@Entity('territory')
@Index(['orgId', 'name'])
export class Territory extends TenantEntity {
  @Field() @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;

  @Index() @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parentId' }) parent?: Territory;

  @Field(() => ID) @Index() @Column('uuid') modelId: string;
  @ManyToOne(() => TerritoryModel, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'modelId' }) model?: TerritoryModel;

  @Field(() => ID, { nullable: true }) @Index() @Column({ type: 'uuid', nullable: true }) typeId: string | null;
  @ManyToOne(() => TerritoryType, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'typeId' }) type?: TerritoryType;

  /** The territory's forecast manager. */
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) forecastUserId: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'forecastUserId' }) forecastUser?: User;
}
