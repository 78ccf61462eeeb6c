import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { ActivityFields, ActivityLinks, activityListFields } from './activity.types';
import { Task } from './task.entity';

export const taskPriorities = ['High', 'Normal', 'Low'] as const;
export const taskSubtypes = ['Task', 'Email', 'Call'] as const;
export const callTypes = ['Inbound', 'Outbound', 'Internal'] as const;

export const taskList = defineList(() => Task, {
  name: 'Task',
  fields: {
    ...activityListFields, status: 'string', isClosed: 'boolean', priority: 'string', isHighPriority: 'boolean',
    taskSubtype: 'string', callType: 'string', callDurationInSeconds: 'number', completedDateTime: 'datetime',
  },
  defaultOrder: [['activityDate', SortDirection.DESC]],
});

@InputType()
class CallFields extends ActivityLinks {
  @Field({ nullable: true, description: 'Inbound, Outbound or Internal.' }) @IsOptional() @MaxLength(20) callType?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) callDurationInSeconds?: number;
  @Field({ nullable: true, description: 'The call result, e.g. "Left voicemail".' }) @IsOptional() @MaxLength(255) callDisposition?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
}

@InputType()
class TaskFields extends ActivityFields {
  @Field({ nullable: true, description: 'A TaskStatus apiName; defaults to the default status.' }) @IsOptional() @Length(1, 40) status?: string;
  @Field({ nullable: true, description: 'High, Normal (default) or Low.' }) @IsOptional() @MaxLength(20) priority?: string;
  @Field({ nullable: true, description: 'Inbound, Outbound or Internal.' }) @IsOptional() @MaxLength(20) callType?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) callDurationInSeconds?: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) callDisposition?: string;
}

@InputType()
export class CreateTaskInput extends TaskFields {
  @Field({ nullable: true, description: 'Task (default), Email or Call; cannot change later.' }) @IsOptional() @MaxLength(20) taskSubtype?: string;
}

@InputType()
export class UpdateTaskInput extends TaskFields {}

@InputType({ description: 'Log a Call: a completed call task, due today, owned by the caller.' })
export class LogACallInput extends CallFields {
  @Field({ nullable: true, description: 'Defaults to "Call".' }) @IsOptional() @MaxLength(255) subject?: string;
}
