import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';
import { TerritoryAssignmentRule } from './territory-assignment-rule.entity';

@ObjectType({ description: 'One criterion of an assignment rule (ObjectTerritory2AssignmentRuleItem).' })
@Entity('territory_rule_item')
@Index(['ruleId', 'sortOrder'], { unique: true })
export class TerritoryRuleItem extends TenantEntity {
  @Column('uuid') ruleId: string;
  @ManyToOne(() => TerritoryAssignmentRule, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'ruleId' }) rule?: TerritoryAssignmentRule;

  @Field(() => Int, { description: 'The number the boolean filter refers to (1..n).' }) @Column('int') sortOrder: number;
  @Field({ description: 'An account field, e.g. billingPostalCode.' }) @Column(text(40, false)) field: string;
  @Field({ description: 'EQUALS, NOT_EQUALS, STARTS_WITH, CONTAINS, IN, LESS_THAN ...' }) @Column(text(20, false)) operator: string;
  @Field({ description: 'Comma-separated for IN.' }) @Column(text(1000, false)) value: string;
}
