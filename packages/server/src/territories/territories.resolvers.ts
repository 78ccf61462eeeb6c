import { onAccountSave, onAccountsBulkSave } from '../accounts/account-save-listeners';
import { realignAccountOnSave, realignAccountsOnBulkSave } from './account-realign';
import { TerritoryResolver } from './territories.resolver';
import { ForecastingQuotaResolver, TerritoryMetricsResolver, TerritoryRepMetricsResolver } from './territory-metrics.resolver';
import { TerritoryModelResolver, TerritoryTypeResolver } from './territory-model.resolver';
import {
  AccountMoveResolver, AssignmentRunResultResolver, RuleTerritoryAssociationResolver, TerritoryAssignmentChangeResolver,
  TerritoryAssignmentRuleResolver,
} from './territory-rule.resolver';
import {
  AccountTerritoriesResolver, ObjectTerritoryAssociationResolver, UserTerritoriesResolver, UserTerritoryAssociationResolver,
} from './territory-team.resolver';

/** The resolver classes of the territories domain, registered in api/resolvers.ts. */
export const territoriesResolvers: Function[] = [
  TerritoryResolver, TerritoryModelResolver, TerritoryTypeResolver, TerritoryMetricsResolver, TerritoryRepMetricsResolver,
  ForecastingQuotaResolver, TerritoryAssignmentRuleResolver, RuleTerritoryAssociationResolver, AccountMoveResolver,
  TerritoryAssignmentChangeResolver, AssignmentRunResultResolver, UserTerritoryAssociationResolver,
  ObjectTerritoryAssociationResolver, UserTerritoriesResolver, AccountTerritoriesResolver,
];

// Loaded with the schema: from then on account saves re-evaluate territory rules.
onAccountSave(realignAccountOnSave);
onAccountsBulkSave(realignAccountsOnBulkSave);
