import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';
import { TerritoryModel } from './territory-model.entity';

@ObjectType({ description: 'An account assignment rule of a model (ObjectTerritory2AssignmentRule).' })
@Entity('territory_assignment_rule')
@Index(['modelId', 'name'], { unique: true })
export class TerritoryAssignmentRule extends TenantEntity {
  @Field(() => ID) @Column('uuid') modelId: string;
  @ManyToOne(() => TerritoryModel, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'modelId' }) model?: TerritoryModel;

  @Field() @Column(text(80, false)) name: string;
  @Field({ description: 'Only active rules run.' }) @Column({ default: true }) isActive: boolean;
  @Field(() => String, { nullable: true, description: 'Logic over item numbers, e.g. "1 AND (2 OR 3)"; null: all items must match.' })
  @Column(text(255))
  booleanFilter: string | null;
}
