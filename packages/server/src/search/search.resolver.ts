import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { SEARCH_OBJECTS } from './search-objects';
import { searchService } from './search.service';
import { SearchHit, SearchRecord } from './search.types';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Accounts, contacts, leads, opportunities and cases whose name, email or phone (digits only) contain the term, '
      + 'best first; only records the caller may see. Terms under 3 characters match name and email prefixes (and substrings in Korean, Chinese and Japanese).',
  })
  search(
    @Arg('term') term: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
    @Arg('objectApiNames', () => [String], { nullable: true, description: 'Limit to these objects (e.g. ["Account", "Contact"]).' }) objectApiNames: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchHit[]> {
    return searchService.search(ctx, term, first, objectApiNames);
  }

  @FieldResolver(() => SearchRecord, { nullable: true, description: 'The record itself (one batched, scoped statement per object type).' })
  record(@Root() hit: SearchHit, @Ctx() ctx: RequestContext) {
    const o = SEARCH_OBJECTS.find((x) => x.objectApiName === hit.objectApiName)!;
    return ctx.loaders.byId(o.entity, o.access).load(hit.id);
  }
}
