import { CampaignMemberResolver, ContactCampaignMembersResolver, LeadCampaignMembersResolver, OpportunityCampaignResolver } from './campaign-member.resolver';
import { CampaignHierarchyResolver } from './campaign-hierarchy.resolver';
import { CampaignMemberStatusResolver, CampaignResolver } from './campaigns.resolver';

/** The resolver classes of the campaigns domain, registered in api/resolvers.ts. */
export const campaignsResolvers: Function[] = [
  CampaignResolver, CampaignHierarchyResolver, CampaignMemberStatusResolver, CampaignMemberResolver,
  LeadCampaignMembersResolver, ContactCampaignMembersResolver, OpportunityCampaignResolver,
];
