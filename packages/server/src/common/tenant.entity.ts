import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars';
import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Every tenant-owned row: a UUID, the organisation it belongs to, and timestamps. */
@ObjectType()
export abstract class TenantEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  orgId: string;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  createdDate: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ type: 'timestamptz' })
  lastModifiedDate: Date;
}

/** A record with an owner: visibility follows the owner and the role hierarchy. */
@ObjectType()
export abstract class OwnedEntity extends TenantEntity {
  @Index()
  @Column('uuid')
  ownerId: string;
}
