import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { DateTimeScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';

/** Salesforce's Territory2Model.State, without the transient -ing / -failed states. */
export enum TerritoryModelState {
  PLANNING = 'PLANNING',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(TerritoryModelState, {
  name: 'TerritoryModelState',
  description: 'PLANNING (new and cloned models) -> ACTIVE (one per organisation) -> ARCHIVED (read-only).',
});

@ObjectType({ description: 'A territory model (Territory2Model): one complete territory tree with its rules; one model is active.' })
@Entity('territory_model')
@Index(['orgId', 'name'], { unique: true })
// Exactly one ACTIVE model per organisation, whatever the code path.
@Index('IDX_territory_model_one_active', ['orgId'], { unique: true, where: `"state" = 'ACTIVE'` })
@Check('CHK_territory_model_state', `"state" IN ('PLANNING', 'ACTIVE', 'ARCHIVED')`)
export class TerritoryModel extends TenantEntity {
  @Field() @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;

  @Field(() => TerritoryModelState)
  @Column({ type: 'varchar', length: 20, default: TerritoryModelState.PLANNING })
  state: TerritoryModelState;

  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) activatedDate: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) deactivatedDate: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When assignment rules last ran in this model (not set by previews).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastRunRulesEndDate: Date | null;
}
