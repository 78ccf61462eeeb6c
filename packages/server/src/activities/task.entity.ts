import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { DateTimeScalar } from '../common/scalars';
import { Activity } from './activity.entity';

@ObjectType({ description: 'A to-do or a logged call or email.' })
@Entity('task')
@Index(['orgId', 'ownerId', 'isClosed', 'activityDate'])
export class Task extends Activity {
  @Field({ description: 'A TaskStatus apiName.' }) @Column(text(40, false)) status: string;
  @Field({ description: 'From the status (read-only).' }) @Column({ default: false }) isClosed: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the task is closed; cleared on reopen.' }) @Column({ type: 'timestamptz', nullable: true }) completedDateTime: Date | null;
  @Field({ description: 'High, Normal or Low.' }) @Column({ length: 20, default: 'Normal' }) priority: string;
  @Field({ description: 'From the priority (read-only).' }) @Column({ default: false }) isHighPriority: boolean;
  @Field({ description: 'Task, Email or Call; fixed at creation.' }) @Column({ length: 20, default: 'Task' }) taskSubtype: string;
  @Field(() => String, { nullable: true, description: 'Inbound, Outbound or Internal.' }) @Column(text(20)) callType: string | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) callDurationInSeconds: number | null;
  @Field(() => String, { nullable: true }) @Column(text(255)) callDisposition: string | null;
}
