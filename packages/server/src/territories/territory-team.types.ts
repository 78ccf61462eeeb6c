import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { ObjectTerritoryAssociation } from './object-territory-association.entity';
import { UserTerritoryAssociation } from './user-territory-association.entity';

/** Roles a user may have in a territory (Salesforce's RoleInTerritory2 picklist). */
export const TERRITORY_ROLES = ['Territory Manager', 'Sales Rep', 'Sales Engineer', 'Owner', 'Administrator'];

export const userTerritoryAssociationList = defineList(() => UserTerritoryAssociation, {
  name: 'UserTerritoryAssociation',
  fields: {
    id: 'id', userId: 'id', territoryId: 'id', roleInTerritory: 'string', isActive: 'boolean',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['createdDate', SortDirection.ASC]],
});

@InputType()
export class CreateUserTerritoryAssociationInput {
  @Field(() => ID) userId: string;
  @Field(() => ID) territoryId: string;
  @Field({ nullable: true, description: TERRITORY_ROLES.join(', ') }) @IsOptional() @IsIn(TERRITORY_ROLES) roleInTerritory?: string;
  @Field({ nullable: true, description: 'Default true.' }) isActive?: boolean;
}

@InputType()
export class UpdateUserTerritoryAssociationInput {
  @Field({ nullable: true, description: TERRITORY_ROLES.join(', ') }) @IsOptional() @IsIn(TERRITORY_ROLES) roleInTerritory?: string;
  @Field({ nullable: true }) isActive?: boolean;
}

export const objectTerritoryAssociationList = defineList(() => ObjectTerritoryAssociation, {
  name: 'ObjectTerritoryAssociation',
  fields: {
    id: 'id', accountId: 'id', territoryId: 'id', associationCause: 'string', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['createdDate', SortDirection.ASC]],
});

@InputType({ description: 'Assigns an account to a territory by hand (associationCause TERRITORY_MANUAL).' })
export class CreateObjectTerritoryAssociationInput {
  @Field(() => ID) accountId: string;
  @Field(() => ID) territoryId: string;
}
