import { activityConnectionResolvers } from './activity-connections.resolver';
import { EventResolver, TaskResolver } from './activity.resolver';

/** The resolver classes of the activities domain, registered in api/resolvers.ts. */
export const activitiesResolvers: Function[] = [TaskResolver, EventResolver, ...activityConnectionResolvers];
