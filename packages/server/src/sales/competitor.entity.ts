import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A company the org competes with; Opportunity.competitor holds its name (an active one).' })
@Entity('competitor')
@Index(['orgId', 'name'], { unique: true })
export class Competitor extends TenantEntity {
  @Field() @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) weaknesses: string | null;
  @Field() @Column({ default: true }) isActive: boolean;
}
