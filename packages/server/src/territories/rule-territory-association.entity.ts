import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';
import { TerritoryAssignmentRule } from './territory-assignment-rule.entity';
import { Territory } from './territory.entity';

@ObjectType({ description: 'An assignment rule attached to a territory (RuleTerritory2Association).' })
@Entity('rule_territory_association')
@Index(['ruleId', 'territoryId'], { unique: true })
export class RuleTerritoryAssociation extends TenantEntity {
  @Field(() => ID) @Column('uuid') ruleId: string;
  @ManyToOne(() => TerritoryAssignmentRule, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'ruleId' }) rule?: TerritoryAssignmentRule;

  @Field(() => ID) @Index() @Column('uuid') territoryId: string;
  @ManyToOne(() => Territory, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'territoryId' }) territory?: Territory;

  @Field({ description: 'true: the rule also assigns to every descendant of the territory.' })
  @Column({ default: false })
  isInherited: boolean;
}
