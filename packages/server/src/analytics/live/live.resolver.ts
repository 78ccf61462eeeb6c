import { Arg, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../api/request-context';
import { badInput, crmError } from '../../common/errors';
import { DateTimeScalar } from '../../common/scalars';
import { LIVE_OBJECTS, type ChangeFeed, type RecordsChangedEvent } from './change-feed';

@ObjectType({ description: 'Records of an object changed in the organisation: refetch what shows them. Carries no record data.' })
export class RecordsChanged {
  @Field({ description: 'Opportunity, Lead, Case, Task, Event, Campaign, CampaignMember or Account.' }) objectName: string;
  @Field(() => DateTimeScalar, { description: 'When this server saw the change (changes within ~250 ms are one event).' }) at: Date;
}

/** The context of a WebSocket operation (analytics/live/ws-server.ts). */
export type LiveContext = RequestContext & { changeFeed?: ChangeFeed };

@Resolver()
export class LiveResolver {
  @Subscription(() => RecordsChanged, {
    description:
      'Over WebSocket (graphql-ws, path /graphql, connectionParams { authorization: "Bearer <token>" }): an event each time records of ' +
      'one of the objects change in your organisation, from any server (PostgreSQL LISTEN/NOTIFY).',
    subscribe: ({ args, context }) => {
      const ctx = context as LiveContext;
      const objects = args.objects as string[];
      const unknown = objects.find((o) => !(LIVE_OBJECTS as readonly string[]).includes(o));
      if (unknown !== undefined) throw badInput('objects', `"${unknown}" is not one of ${LIVE_OBJECTS.join(', ')}`);
      if (!ctx.changeFeed) throw crmError('BAD_USER_INPUT', 'Subscriptions run over WebSocket (graphql-ws) at /graphql');
      return ctx.changeFeed.subscribe(ctx.orgId, objects);
    },
  })
  recordsChanged(@Root() event: RecordsChangedEvent, @Arg('objects', () => [String]) _objects: string[]): RecordsChanged {
    return event;
  }
}
