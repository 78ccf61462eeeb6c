import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';
import { Organization } from './organization.entity';
import { UserRole } from './user-role';

@ObjectType({ description: 'A person who signs in. `manager` forms the role hierarchy.' })
@Entity('user')
@Index(['email'], { unique: true })
export class User extends TenantEntity {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'orgId' })
  org?: Organization;

  @Field()
  @Column({ length: 121 })
  name: string;

  @Field()
  @Column({ length: 254 })
  email: string;

  @Column({ length: 100, select: false })
  passwordHash: string;

  @Field(() => UserRole)
  @Column({ type: 'varchar', length: 30 })
  role: UserRole;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  title: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'managerId' })
  manager?: User;

  @Field()
  @Column({ default: true })
  isActive: boolean;

  @Field({ description: 'BCP 47 language the user reads the app in (en, ko, zh-CN).' })
  @Column({ length: 10, default: 'en' })
  languageLocaleKey: string;
}
