import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { Competitor } from './competitor.entity';
import { LostReason } from './lost-reason.entity';
import { OpportunityStage } from './opportunity-stage.entity';
import { competitorService, lostReasonService, opportunityStageService } from './picklist-admin.service';
import { CompetitorInput, LostReasonInput, OpportunityStageInput } from './picklist-admin.types';

const INACTIVE = { nullable: true, defaultValue: false, description: 'Inactive values too (Setup).' };

/** Setup of the opportunity picklists: everyone reads, administrators write. */
@Resolver()
export class PicklistAdminResolver {
  @Mutation(() => OpportunityStage, { description: 'Administrators: a new stage (apiName required), placed by sortOrder.' })
  createOpportunityStage(@Arg('input', () => OpportunityStageInput) input: OpportunityStageInput, @Ctx() ctx: RequestContext) {
    return opportunityStageService.create(ctx, { ...input });
  }

  @Mutation(() => OpportunityStage, { description: 'Administrators: only the given fields change; isActive false deactivates.' })
  updateOpportunityStage(@Arg('id', () => ID) id: string, @Arg('input', () => OpportunityStageInput) input: OpportunityStageInput, @Ctx() ctx: RequestContext) {
    return opportunityStageService.update(ctx, id, { ...input });
  }

  @Mutation(() => ID, { description: 'Administrators: only a stage no opportunity uses (CONFLICT otherwise: deactivate it).' })
  deleteOpportunityStage(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return opportunityStageService.delete(ctx, id);
  }

  @Mutation(() => [OpportunityStage], { description: 'Administrators: the path order, every stage once, first to last.' })
  reorderOpportunityStages(@Arg('apiNames', () => [String]) apiNames: string[], @Ctx() ctx: RequestContext) {
    return opportunityStageService.reorder(ctx, apiNames);
  }

  @Query(() => [Competitor], { description: "The org's competitors, by name (Opportunity.competitor takes an active one)." })
  competitors(@Arg('includeInactive', () => Boolean, INACTIVE) includeInactive: boolean, @Ctx() ctx: RequestContext) {
    return competitorService.all(ctx, includeInactive);
  }

  @Mutation(() => Competitor, { description: 'Administrators: name required.' })
  createCompetitor(@Arg('input', () => CompetitorInput) input: CompetitorInput, @Ctx() ctx: RequestContext) {
    return competitorService.create(ctx, { ...input });
  }

  @Mutation(() => Competitor, { description: 'Administrators: renaming renames it on opportunities.' })
  updateCompetitor(@Arg('id', () => ID) id: string, @Arg('input', () => CompetitorInput) input: CompetitorInput, @Ctx() ctx: RequestContext) {
    return competitorService.update(ctx, id, { ...input });
  }

  @Mutation(() => ID, { description: 'Administrators: only a competitor no opportunity names (CONFLICT otherwise: deactivate it).' })
  deleteCompetitor(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return competitorService.delete(ctx, id);
  }

  @Query(() => [LostReason], { description: 'The Opportunity.lostReason picklist, by sortOrder.' })
  lostReasons(@Arg('includeInactive', () => Boolean, INACTIVE) includeInactive: boolean, @Ctx() ctx: RequestContext) {
    return lostReasonService.all(ctx, includeInactive);
  }

  @Mutation(() => LostReason, { description: 'Administrators: apiName required.' })
  createLostReason(@Arg('input', () => LostReasonInput) input: LostReasonInput, @Ctx() ctx: RequestContext) {
    return lostReasonService.create(ctx, { ...input });
  }

  @Mutation(() => LostReason, { description: 'Administrators: renaming renames it on opportunities.' })
  updateLostReason(@Arg('id', () => ID) id: string, @Arg('input', () => LostReasonInput) input: LostReasonInput, @Ctx() ctx: RequestContext) {
    return lostReasonService.update(ctx, id, { ...input });
  }

  @Mutation(() => ID, { description: 'Administrators: only a value no opportunity uses (CONFLICT otherwise: deactivate it).' })
  deleteLostReason(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return lostReasonService.delete(ctx, id);
  }
}
