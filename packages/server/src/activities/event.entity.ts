import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { DateTimeScalar } from '../common/scalars';
import { Activity } from './activity.entity';

@ObjectType({ description: 'A meeting or appointment on the calendar.' })
@Entity('event')
@Index(['orgId', 'ownerId', 'startDateTime'])
export class Event extends Activity {
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) startDateTime: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) endDateTime: Date | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) durationInMinutes: number | null;
  @Field() @Column({ default: false }) isAllDayEvent: boolean;
  @Field(() => String, { nullable: true }) @Column(text(255)) location: string | null;
  @Field({ description: 'Busy, OutOfOffice or Free.' }) @Column({ length: 20, default: 'Busy' }) showAs: string;
  @Field() @Column({ default: false }) isPrivate: boolean;
}
