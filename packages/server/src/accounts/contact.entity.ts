import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { text } from '../common/column-types';
import { DateScalar } from '../common/scalars';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';
import { Account } from './account.entity';

@ObjectType({ description: 'A person at an account.' })
@Entity('contact')
@Index(['orgId', 'lastName'])
@Index(['orgId', 'externalId'], { unique: true, where: '"externalId" IS NOT NULL' })
export class Contact extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;
  @Field(() => Int, { description: 'Increments on every save: send it back as expectedVersion to update safely.' }) @VersionColumn({ default: 1 }) version: number;

  @Field(() => String, { nullable: true }) @Column(text(40)) salutation: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) firstName: string | null;
  @Field() @Column(text(80, false)) lastName: string;
  @Field(() => String, { nullable: true, description: 'Id in another system; unique per organisation when set (import match key).' }) @Column(text(80)) externalId: string | null;

  @Field({ description: 'First and last name (read-only).' })
  @Column(text(121, false))
  name: string;

  @Field(() => String, { nullable: true }) @Column(text(128)) title: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) department: string | null;
  @Index() @Field(() => String, { nullable: true }) @Column(text(80)) email: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) phone: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) mobilePhone: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) leadSource: string | null;
  @Field(() => String, { nullable: true }) @Column(text(255)) mailingStreet: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) mailingCity: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) mailingState: string | null;
  @Field(() => String, { nullable: true }) @Column(text(20)) mailingPostalCode: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) mailingCountry: string | null;
  @Field(() => DateScalar, { nullable: true }) @Column({ type: 'date', nullable: true }) birthdate: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field() @Column({ default: false }) doNotCall: boolean;
  @Field() @Column({ default: false }) hasOptedOutOfEmail: boolean;

  @Index() @Column({ type: 'uuid', nullable: true }) accountId: string | null;
  @ManyToOne(() => Account, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'accountId' }) account?: Account;

  @Column({ type: 'uuid', nullable: true }) reportsToId: string | null;
  @ManyToOne(() => Contact, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'reportsToId' }) reportsTo?: Contact;
}
