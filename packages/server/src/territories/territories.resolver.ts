import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef } from '../common/crud/relations';
import { Territory } from './territory.entity';
import { territoryService } from './territory.service';
import { CreateTerritoryInput, UpdateTerritoryInput } from './territory.types';

@Resolver(() => Territory)
export class TerritoryResolver extends createCrudResolver({
  entity: Territory,
  service: territoryService,
  create: CreateTerritoryInput,
  update: UpdateTerritoryInput,
  plural: 'territories',
}) {
  @FieldResolver(() => Territory, { nullable: true, description: 'The parent territory.' })
  parent(@Root() t: Territory, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, territoryService, t.parentId);
  }
}
