import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { DateTimeScalar } from '../common/scalars';
import { ActivityFields, activityListFields } from './activity.types';
import { Event } from './event.entity';

export const showAsValues = ['Busy', 'OutOfOffice', 'Free'] as const;

export const eventList = defineList(() => Event, {
  name: 'Event',
  fields: {
    ...activityListFields, startDateTime: 'datetime', endDateTime: 'datetime', durationInMinutes: 'number',
    isAllDayEvent: 'boolean', location: 'string', showAs: 'string', isPrivate: 'boolean',
  },
  defaultOrder: [['startDateTime', SortDirection.DESC]],
});

@InputType()
class EventFields extends ActivityFields {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Required unless all-day.' }) startDateTime?: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Give this or durationInMinutes; derived from the other.' }) endDateTime?: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) durationInMinutes?: number;
  @Field({ nullable: true, description: 'All-day events take their day from activityDate.' }) isAllDayEvent?: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) location?: string;
  @Field({ nullable: true, description: 'Busy (default), OutOfOffice or Free.' }) @IsOptional() @MaxLength(20) showAs?: string;
  @Field({ nullable: true }) isPrivate?: boolean;
}

@InputType()
export class CreateEventInput extends EventFields {}

@InputType()
export class UpdateEventInput extends EventFields {}
