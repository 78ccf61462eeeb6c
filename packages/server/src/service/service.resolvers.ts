/** The resolver classes of the service domain, registered in api/resolvers.ts. */
export const serviceResolvers: Function[] = [];
