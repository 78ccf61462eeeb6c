// The three-level sales territory tree (the cases are in seed-cases.ts).
import { Territory } from '../territories/territory.entity';
import { TerritoryModel, TerritoryModelState } from '../territories/territory-model.entity';
import { bulkInsert, type Row, type SeedContext } from './context';
import type { Rng } from './random';

/** Global -> Americas / EMEA / APAC -> regions. */
const TERRITORIES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['Americas', [['North America East', 'US East Coast and Eastern Canada'], ['North America West', 'US West, Central and Western Canada'], ['Latin America', 'Mexico, Central and South America']]],
  ['EMEA', [['UK & Ireland', 'United Kingdom and Ireland'], ['DACH', 'Germany, Austria and Switzerland'], ['France & Benelux', 'France, Belgium, the Netherlands and Luxembourg'], ['Nordics', 'Denmark, Finland, Norway and Sweden']]],
  ['APAC', [['Korea', 'South Korea'], ['Greater China', 'Mainland China, Hong Kong and Taiwan'], ['Japan', 'Japan'], ['Southeast Asia', 'Singapore, Malaysia, Indonesia and the Philippines']]],
];

export async function seedTerritories(ctx: SeedContext): Promise<number> {
  const r: Rng = ctx.rng('territories');
  const created = ctx.dates.dateTime(-700, 9);
  // Its own random stream, so the territories keep their ids.
  const model: Row<TerritoryModel> = {
    id: ctx.rng('territory-models').uuid(), orgId: ctx.orgId, name: 'Sales Territories', description: 'The active territory model',
    state: TerritoryModelState.ACTIVE, activatedDate: created, createdDate: created, lastModifiedDate: created,
  };
  await bulkInsert(ctx.em, TerritoryModel, [model]);
  const row = (name: string, description: string, parentId: string | null): Row<Territory> =>
    ({ id: r.uuid(), orgId: ctx.orgId, modelId: model.id!, name, description, parentId, createdDate: created, lastModifiedDate: created });
  const root = row('Global', 'All sales territories', null);
  const rows = [root];
  for (const [area, regions] of TERRITORIES) {
    const mid = row(area, `${area} sales`, root.id!);
    rows.push(mid, ...regions.map(([name, description]) => row(name, description, mid.id!)));
  }
  await bulkInsert(ctx.em, Territory, rows);
  return rows.length;
}
