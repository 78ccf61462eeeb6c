import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';

@ObjectType({ description: 'A value of Task.status (Salesforce TaskStatus).' })
@Entity('task_status')
@Index(['orgId', 'apiName'], { unique: true })
export class TaskStatus extends TenantEntity {
  @Field() @Column({ length: 40 }) apiName: string;
  @Field() @Column({ length: 40 }) masterLabel: string;
  @Field(() => Int) @Column('int') sortOrder: number;
  @Field() @Column() isClosed: boolean;
  @Field() @Column() isDefault: boolean;
}
