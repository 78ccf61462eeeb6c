import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { money, text } from '../common/column-types';
import { OwnedEntity } from '../common/tenant.entity';
import { User } from '../identity/user.entity';

@ObjectType({ description: 'A company (business account) or a person (person account) you do business with.' })
@Entity('account')
@Index(['orgId', 'name'])
@Index(['orgId', 'externalId'], { unique: true, where: '"externalId" IS NOT NULL' })
export class Account extends OwnedEntity {
  @ManyToOne(() => User) @JoinColumn({ name: 'ownerId' }) owner?: User;
  @Field(() => Int, { description: 'Increments on every save: send it back as expectedVersion to update safely.' }) @VersionColumn({ default: 1 }) version: number;

  @Field({ description: 'Company name; for person accounts "First Last".' })
  @Column(text(255, false))
  name: string;

  @Field({ description: 'A person account is a consumer: the account and its contact are one person.' })
  @Column({ default: false })
  isPersonAccount: boolean;

  @Field(() => String, { nullable: true }) @Column(text(40)) firstName: string | null;
  @Field(() => String, { nullable: true, description: 'Id in another system; unique per organisation when set (import match key).' }) @Column(text(80)) externalId: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) lastName: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) personEmail: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) personMobilePhone: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Customer - Direct, Prospect, Partner.' })
  @Column(text(40))
  type: string | null;

  @Field(() => String, { nullable: true }) @Column(text(40)) industry: string | null;
  @Field(() => String, { nullable: true, description: 'Hot, Warm or Cold.' }) @Column(text(40)) rating: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) accountSource: string | null;
  @Field(() => Float, { nullable: true }) @Column(money) annualRevenue: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) numberOfEmployees: number | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) phone: string | null;
  @Field(() => String, { nullable: true }) @Column(text(255)) website: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;

  @Field(() => String, { nullable: true }) @Column(text(255)) billingStreet: string | null;
  @Field(() => String, { nullable: true }) @Column(text(40)) billingCity: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) billingState: string | null;
  @Field(() => String, { nullable: true }) @Column(text(20)) billingPostalCode: string | null;
  @Field(() => String, { nullable: true }) @Column(text(80)) billingCountry: string | null;

  /** A person account's own contact record (Salesforce PersonContactId): how it joins campaigns. */
  @Column({ type: 'uuid', nullable: true })
  personContactId: string | null;

  // Typed loosely: contact.entity imports this file, and decorator metadata must not need Contact.
  @ManyToOne('Contact', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'personContactId' })
  personContact?: object;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent?: Account;
}
