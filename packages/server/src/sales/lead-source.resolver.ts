import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { LeadSource } from './lead-source.entity';
import { LeadSourceInput, leadSourceService } from './lead-source.service';

/** Setup of the LeadSource picklist: everyone reads, administrators write. */
@Resolver()
export class LeadSourceResolver {
  @Query(() => [LeadSource], { description: 'The LeadSource picklist, by sortOrder (Lead, Contact and Opportunity leadSource take an active value).' })
  leadSources(@Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false, description: 'Inactive values too (Setup).' }) includeInactive: boolean, @Ctx() ctx: RequestContext) {
    return leadSourceService.all(ctx, includeInactive);
  }

  @Mutation(() => LeadSource, { description: 'Administrators: apiName required.' })
  createLeadSource(@Arg('input', () => LeadSourceInput) input: LeadSourceInput, @Ctx() ctx: RequestContext) {
    return leadSourceService.create(ctx, { ...input });
  }

  @Mutation(() => LeadSource, { description: 'Administrators: renaming renames it on leads, contacts and opportunities.' })
  updateLeadSource(@Arg('id', () => ID) id: string, @Arg('input', () => LeadSourceInput) input: LeadSourceInput, @Ctx() ctx: RequestContext) {
    return leadSourceService.update(ctx, id, { ...input });
  }

  @Mutation(() => ID, { description: 'Administrators: only a value no record uses (CONFLICT otherwise: deactivate it).' })
  deleteLeadSource(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return leadSourceService.delete(ctx, id);
  }
}
