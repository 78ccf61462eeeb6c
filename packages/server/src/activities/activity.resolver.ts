import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { accountService } from '../accounts/account.service';
import { Contact } from '../accounts/contact.entity';
import { contactService } from '../accounts/contact.service';
import { Campaign } from '../campaigns/campaign.entity';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef, ToOne } from '../common/crud/relations';
import { User } from '../identity/user.entity';
import { userService } from '../identity/user.service';
import { Lead } from '../sales/lead.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { Case } from '../service/case.entity';
import { caseService } from '../service/case.service';
import type { Activity } from './activity.entity';
import type { ActivityService } from './activity.service';
import { Event } from './event.entity';
import { eventService } from './event.service';
import { CreateEventInput, UpdateEventInput } from './event.types';
import { TaskStatus } from './task-status.entity';
import { Task } from './task.entity';
import { taskService } from './task.service';
import { CreateTaskInput, LogACallInput, UpdateTaskInput } from './task.types';

/** CRUD plus the who/what relation fields, the same on Task and Event. */
function activityResolver<T extends Activity>(entity: ClassType<T>, service: ActivityService<T>, create: ClassType, update: ClassType) {
  @Resolver(() => entity)
  abstract class ActivityResolver extends createCrudResolver({ entity, service, create, update }) {
    @ToOne(userService, 'ownerId')
    @FieldResolver(() => User, { description: 'Assigned to.' })
    owner(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return loadRef(ctx, userService, a.ownerId);
    }

    @ToOne(contactService, 'contactId')
    @FieldResolver(() => Contact, { nullable: true, description: 'Who: the contact.' })
    contact(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return loadRef(ctx, contactService, a.contactId);
    }

    @ToOne({ entity: Lead, access: 'owner' }, 'leadId')
    @FieldResolver(() => Lead, { nullable: true, description: 'Who: the lead.' })
    lead(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return a.leadId ? ctx.loaders.byId(Lead, 'owner').load(a.leadId) : null;
    }

    @ToOne(accountService, 'accountId')
    @FieldResolver(() => Account, { nullable: true })
    account(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return loadRef(ctx, accountService, a.accountId);
    }

    @ToOne({ entity: Opportunity, access: 'owner' }, 'opportunityId')
    @FieldResolver(() => Opportunity, { nullable: true, description: 'Related to: the opportunity.' })
    opportunity(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return a.opportunityId ? ctx.loaders.byId(Opportunity, 'owner').load(a.opportunityId) : null;
    }

    @ToOne(caseService, 'caseId')
    @FieldResolver(() => Case, { nullable: true, description: 'Related to: the case.' })
    case(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return loadRef(ctx, caseService, a.caseId);
    }

    @ToOne({ entity: Campaign, access: 'org' }, 'campaignId')
    @FieldResolver(() => Campaign, { nullable: true, description: 'Related to: the campaign.' })
    campaign(@Root() a: Activity, @Ctx() ctx: RequestContext) {
      return a.campaignId ? ctx.loaders.byId(Campaign, 'org').load(a.campaignId) : null;
    }
  }
  return ActivityResolver;
}

@Resolver(() => Task)
export class TaskResolver extends activityResolver(Task, taskService, CreateTaskInput, UpdateTaskInput) {
  @Query(() => [TaskStatus], { description: "The organisation's task statuses, in sort order." })
  taskStatuses(@Ctx() ctx: RequestContext) {
    return taskService.statuses(ctx);
  }

  @Mutation(() => Task, { description: 'Log a Call: records a completed call (subtype Call, dated today) owned by the caller.' })
  logACall(@Arg('input', () => LogACallInput) input: LogACallInput, @Ctx() ctx: RequestContext) {
    return taskService.logACall(ctx, { ...input });
  }
}

@Resolver(() => Event)
export class EventResolver extends activityResolver(Event, eventService, CreateEventInput, UpdateEventInput) {}
