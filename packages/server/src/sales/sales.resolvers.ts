import { LeadConvertResultResolver, LeadResolver } from './lead.resolver';
import { AccountOpportunitiesResolver, ContactOpportunitiesResolver, OpportunityFieldHistoryResolver, OpportunityResolver } from './opportunity.resolver';
import { PicklistAdminResolver } from './picklist-admin.resolver';
import { LeadSourceResolver } from './lead-source.resolver';

/** The resolver classes of the sales domain, registered in api/resolvers.ts. */
export const salesResolvers: Function[] = [
  LeadResolver, LeadConvertResultResolver, OpportunityResolver, AccountOpportunitiesResolver, ContactOpportunitiesResolver,
  OpportunityFieldHistoryResolver, PicklistAdminResolver, LeadSourceResolver,
];
