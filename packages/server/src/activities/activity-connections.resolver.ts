import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { loadChildren, ToMany, type ToManySpec } from '../common/crud/relations';
import type { ListArgs } from '../common/list/list-query';
import { Lead } from '../sales/lead.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { Case } from '../service/case.entity';
import { eventService } from './event.service';
import { eventList } from './event.types';
import { taskService } from './task.service';
import { taskList } from './task.types';

/** `tasks` and `events` on a parent type, partitioned by the activity's foreign key to it. */
function activityConnections(parent: ClassType, fk: string, label: string) {
  const TASKS: ToManySpec = { service: taskService, by: fk };
  const EVENTS: ToManySpec = { service: eventService, by: fk };

  @Resolver(() => parent)
  class ActivityConnections {
    @ToMany(TASKS)
    @FieldResolver(() => taskList.Connection, { description: `Tasks of this ${label} (open ones: filter isClosed eq false).` })
    tasks(@Root() p: { id: string }, @Args(() => taskList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
      return loadChildren(ctx, { ...TASKS, parentId: p.id, args, info });
    }

    @ToMany(EVENTS)
    @FieldResolver(() => eventList.Connection, { description: `Events of this ${label}.` })
    events(@Root() p: { id: string }, @Args(() => eventList.Args) args: ListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
      return loadChildren(ctx, { ...EVENTS, parentId: p.id, args, info });
    }
  }
  return ActivityConnections;
}

export const activityConnectionResolvers = [
  activityConnections(Account, 'accountId', 'account'),
  activityConnections(Contact, 'contactId', 'contact'),
  activityConnections(Lead, 'leadId', 'lead'),
  activityConnections(Opportunity, 'opportunityId', 'opportunity'),
  activityConnections(Case, 'caseId', 'case'),
];
