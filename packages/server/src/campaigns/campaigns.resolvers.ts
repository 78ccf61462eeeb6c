import { CampaignMemberResolver, ContactCampaignMembersResolver, LeadCampaignMembersResolver, OpportunityCampaignResolver } from './campaign-member.resolver';
import { CampaignHierarchyResolver } from './campaign-hierarchy.resolver';
import { CampaignMemberBulkResolver } from './campaign-member-bulk.resolver';
import { CampaignCustomFieldsResolver, CampaignRecordTypeResolver } from './campaign-record-type.resolver';
import { CampaignMemberStatusResolver, CampaignResolver } from './campaigns.resolver';

/** The resolver classes of the campaigns domain, registered in api/resolvers.ts. */
export const campaignsResolvers: Function[] = [
  CampaignResolver, CampaignHierarchyResolver, CampaignMemberStatusResolver, CampaignMemberResolver,
  LeadCampaignMembersResolver, ContactCampaignMembersResolver, OpportunityCampaignResolver,
  CampaignMemberBulkResolver, CampaignRecordTypeResolver, CampaignCustomFieldsResolver,
];
