import { LeadConvertResultResolver, LeadResolver } from './lead.resolver';
import { AccountOpportunitiesResolver, ContactOpportunitiesResolver, OpportunityResolver } from './opportunity.resolver';

/** The resolver classes of the sales domain, registered in api/resolvers.ts. */
export const salesResolvers: Function[] = [
  LeadResolver, LeadConvertResultResolver, OpportunityResolver, AccountOpportunitiesResolver, ContactOpportunitiesResolver,
];
