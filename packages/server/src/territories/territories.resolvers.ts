import { TerritoryResolver } from './territories.resolver';

/** The resolver classes of the territories domain, registered in api/resolvers.ts. */
export const territoriesResolvers: Function[] = [TerritoryResolver];
