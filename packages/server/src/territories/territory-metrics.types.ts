import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Balance of a territory (or of its subtree): accounts over all records of the organisation, whatever the caller can see.' })
export class TerritoryMetrics {
  @Field(() => Int, { description: 'Accounts assigned (each account once, also over a subtree).' }) accountCount: number;
  @Field(() => Float) totalAnnualRevenue: number;
  @Field(() => Float) totalEmployees: number;
  @Field(() => Float, { description: "Amount of the accounts' open opportunities (any close date)." }) openPipeline: number;
  @Field(() => Float, { description: "Amount of the accounts' won opportunities closing in the period." }) closedWonAmount: number;
  @Field(() => Float, { description: "Quotas of the territory's active users for months starting in the period (each quota once)." }) quota: number;
  @Field(() => Float, { nullable: true, description: 'closedWonAmount / quota; null without quota.' }) attainment: number | null;
}

@ObjectType({ description: "One assigned user's numbers in a territory for a period." })
export class TerritoryRepMetrics {
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true }) roleInTerritory: string | null;
  @Field(() => Float, { description: "The user's quotas for this territory, or for no particular territory, in the period." }) quota: number;
  @Field(() => Float, { description: "Won opportunities the user owns on the territory's accounts, closing in the period." }) closedWonAmount: number;
  @Field(() => Float, { nullable: true }) attainment: number | null;
}

@ObjectType({ description: "A territory's accounts by the numbers." })
export class TerritoryBalance {
  @Field(() => Int) accountCount: number;
  @Field(() => Float) totalAnnualRevenue: number;
  @Field(() => Float) totalEmployees: number;
  @Field(() => Float) openPipeline: number;
}

@ObjectType({ description: "A territory's balance before and after a rules run (or preview)." })
export class TerritoryAssignmentChange {
  @Field(() => ID) territoryId: string;
  @Field(() => TerritoryBalance, { description: 'Its current assignments in the model.' }) before: TerritoryBalance;
  @Field(() => TerritoryBalance, { description: 'Manual assignments plus what the rules assign.' }) after: TerritoryBalance;
}

@ObjectType({ description: 'An account whose territories change: from the active model to the run model.' })
export class AccountMove {
  @Field(() => ID) accountId: string;
  @Field(() => [ID], { description: 'Its territories in the ACTIVE model now.' }) fromTerritoryIds: string[];
  @Field(() => [ID], { description: 'Its territories in the run model afterwards.' }) toTerritoryIds: string[];
}

@ObjectType({ description: 'What runAssignmentRules did (ACTIVE model) or would do (preview).' })
export class AssignmentRunResult {
  @Field(() => ID) modelId: string;
  @Field({ description: 'true: nothing was written.' }) isPreview: boolean;
  @Field(() => Int) accountsEvaluated: number;
  @Field(() => Int, { description: 'Rule assignments created.' }) assignmentsAdded: number;
  @Field(() => Int, { description: 'Rule assignments that no longer match, removed.' }) assignmentsRemoved: number;
  @Field(() => Int, { description: 'Accounts in at least one territory of the model afterwards.' }) accountsAssigned: number;
  @Field(() => Int) accountsWithoutTerritory: number;
  @Field(() => Int, { description: 'Accounts whose territories differ from the active model (by territory name across models).' })
  movesTotalCount: number;

  @Field(() => [AccountMove], { description: 'The first moves by account name (at most movesLimit).' }) moves: AccountMove[];
  @Field(() => [TerritoryAssignmentChange], { description: 'Every territory of the model, by name.' }) territories: TerritoryAssignmentChange[];
}
