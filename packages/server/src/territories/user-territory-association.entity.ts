import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { text } from '../common/column-types';
import { TenantEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Territory } from './territory.entity';

@ObjectType({ description: 'A user assigned to a territory with a role in it (UserTerritory2Association): team selling.' })
@Entity('user_territory_association')
@Index(['userId', 'territoryId'], { unique: true })
export class UserTerritoryAssociation extends TenantEntity {
  @Field(() => ID) @Column('uuid') userId: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'userId' }) user?: User;

  @Field(() => ID) @Index() @Column('uuid') territoryId: string;
  @ManyToOne(() => Territory, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'territoryId' }) territory?: Territory;

  @Field(() => String, { nullable: true, description: 'Territory Manager, Sales Rep, Sales Engineer, Owner, Administrator.' })
  @Column(text(40))
  roleInTerritory: string | null;

  @Field({ description: 'Inactive assignments keep the history but count nowhere.' }) @Column({ default: true }) isActive: boolean;
}
