import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { AddCampaignMembersFromFilterInput, CampaignMemberImportResult, ImportCampaignMembersInput } from './campaign-member-bulk.types';
import { campaignMemberFilterService } from './campaign-member-filter.service';
import { campaignMemberImportService } from './campaign-member-import.service';
import { AddCampaignMembersResult } from './campaign-member.types';

/** Adding many members at once: from a list-view filter, or from a CSV file. */
@Resolver()
export class CampaignMemberBulkResolver {
  @Mutation(() => AddCampaignMembersResult, {
    description: 'Adds every lead and contact you can see that matches the filters; existing members are skipped; all or nothing.',
  })
  addCampaignMembersFromFilter(@Arg('input', () => AddCampaignMembersFromFilterInput) input: AddCampaignMembersFromFilterInput, @Ctx() ctx: RequestContext) {
    return campaignMemberFilterService.addFromFilter(ctx, input);
  }

  @Mutation(() => CampaignMemberImportResult, {
    description: 'Imports members from CSV (email or id, optional status): adds new ones, updates the status of existing ones, row by row.',
  })
  importCampaignMembers(@Arg('input', () => ImportCampaignMembersInput) input: ImportCampaignMembersInput, @Ctx() ctx: RequestContext) {
    return campaignMemberImportService.import(ctx, input);
  }
}
