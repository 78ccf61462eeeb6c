/** The resolver classes of the activities domain, registered in api/resolvers.ts. */
export const activitiesResolvers: Function[] = [];
