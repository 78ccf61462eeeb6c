import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A territory type (Territory2Type), shared by every model of the organisation.' })
@Entity('territory_type')
@Index(['orgId', 'name'], { unique: true })
@Index(['orgId', 'priority'], { unique: true })
export class TerritoryType extends TenantEntity {
  @Field() @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => Int, { description: 'Unique per organisation; the higher priority wins opportunity-territory assignment.' })
  @Column('int')
  priority: number;
}
