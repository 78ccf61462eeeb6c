import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { TenantEntity } from '../common/tenant.entity';
import { Territory } from './territory.entity';

/** Salesforce's AssociationCause ("Method" in the UI). */
export enum AssociationCause {
  TERRITORY_MANUAL = 'TERRITORY_MANUAL',
  TERRITORY_RULE = 'TERRITORY_RULE',
}
registerEnumType(AssociationCause, {
  name: 'AssociationCause',
  description: 'TERRITORY_MANUAL: assigned by a user (rules never touch it); TERRITORY_RULE: made by the assignment rules (a run, an activation or an account save).',
});

@ObjectType({ description: 'An account assigned to a territory (ObjectTerritory2Association); an account may be in many territories.' })
@Entity('object_territory_association')
@Index(['territoryId', 'accountId'], { unique: true })
@Check('CHK_object_territory_association_cause', `"associationCause" IN ('TERRITORY_MANUAL', 'TERRITORY_RULE')`)
export class ObjectTerritoryAssociation extends TenantEntity {
  @Field(() => ID) @Index() @Column('uuid') accountId: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'accountId' }) account?: Account;

  @Field(() => ID) @Column('uuid') territoryId: string;
  @ManyToOne(() => Territory, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'territoryId' }) territory?: Territory;

  @Field(() => AssociationCause)
  @Column({ type: 'varchar', length: 20, default: AssociationCause.TERRITORY_MANUAL })
  associationCause: AssociationCause;
}
