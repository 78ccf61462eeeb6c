import type { RequestContext } from '../api/request-context';
import { badInput } from '../common/errors';
import { ActivityService } from './activity.service';
import { TaskStatus } from './task-status.entity';
import { Task } from './task.entity';
import { callTypes, taskList, taskPriorities, taskSubtypes } from './task.types';

type Input = Record<string, unknown>;

const oneOf = (field: string, values: readonly string[], v: unknown) => {
  if (!values.includes(v as string)) throw badInput(field, `${field} must be one of ${values.join(', ')}`);
};

export class TaskService extends ActivityService<Task> {
  readonly entity = Task;
  readonly list = taskList;

  /** The org's task statuses in sort order (once per request). */
  statuses(ctx: RequestContext): Promise<TaskStatus[]> {
    return ctx.loaders
      .get<string, TaskStatus[]>('taskStatuses', async (orgIds) => {
        const rows = await ctx.em.getRepository(TaskStatus).find({ where: { orgId: orgIds[0] }, order: { sortOrder: 'ASC', apiName: 'ASC' } });
        return orgIds.map(() => rows);
      })
      .load(ctx.orgId);
  }

  /** Salesforce "Log a Call": a completed Call task dated today, owned by the caller. */
  async logACall(ctx: RequestContext, input: Input): Promise<Task> {
    const closed = (await this.statuses(ctx)).find((s) => s.isClosed);
    if (!closed) throw badInput('status', 'The organisation has no closed task status');
    const today = new Date().toISOString().slice(0, 10);
    return this.create(ctx, { ...input, subject: input.subject ?? 'Call', taskSubtype: 'Call', status: closed.apiName, activityDate: today });
  }

  protected async apply(ctx: RequestContext, row: Task, input: Input, isNew: boolean) {
    await this.applyStatus(ctx, row, input, isNew);
    if (isNew && input.priority == null) row.priority = 'Normal';
    else if (input.priority !== undefined) oneOf('priority', taskPriorities, input.priority);
    row.isHighPriority = row.priority === 'High';
    if (isNew) {
      row.taskSubtype = (input.taskSubtype as string | undefined) ?? 'Task';
      oneOf('taskSubtype', taskSubtypes, row.taskSubtype);
    } else if (input.taskSubtype !== undefined) {
      throw badInput('taskSubtype', 'taskSubtype is set at creation and cannot change');
    }
    if (input.callType != null) oneOf('callType', callTypes, input.callType);
    if (input.callDurationInSeconds != null && (input.callDurationInSeconds as number) < 0) {
      throw badInput('callDurationInSeconds', 'callDurationInSeconds cannot be negative');
    }
  }

  /** status → isClosed; completedDateTime set on closing, cleared on reopening. */
  private async applyStatus(ctx: RequestContext, row: Task, input: Input, isNew: boolean) {
    if (!isNew && input.status === undefined) return;
    const statuses = await this.statuses(ctx);
    if (input.status == null) {
      if (!isNew) throw badInput('status', 'status is required');
      const def = statuses.find((s) => s.isDefault) ?? statuses[0];
      if (!def) throw badInput('status', 'The organisation has no task statuses');
      row.status = def.apiName;
    }
    const status = statuses.find((s) => s.apiName === row.status);
    if (!status) throw badInput('status', `Unknown task status "${row.status}"; valid: ${statuses.map((s) => s.apiName).join(', ')}`);
    const wasClosed = !isNew && row.isClosed;
    row.isClosed = status.isClosed;
    if (status.isClosed && !wasClosed) row.completedDateTime = new Date();
    if (!status.isClosed) row.completedDateTime = null;
  }
}

export const taskService = new TaskService();
