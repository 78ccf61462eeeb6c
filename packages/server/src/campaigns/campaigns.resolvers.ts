/** The resolver classes of the campaigns domain, registered in api/resolvers.ts. */
export const campaignsResolvers: Function[] = [];
