/** The resolver classes of the sales domain, registered in api/resolvers.ts. */
export const salesResolvers: Function[] = [];
