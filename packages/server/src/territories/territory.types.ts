import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { Territory } from './territory.entity';

export const territoryList = defineList(() => Territory, {
  name: 'Territory',
  fields: {
    id: 'id', name: 'string', description: 'string', parentId: 'id', modelId: 'id', typeId: 'id', forecastUserId: 'id',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType()
class TerritoryFields {
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field(() => ID, { nullable: true, description: 'The parent territory (same model); null makes it a root.' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'A TerritoryType of the organisation.' }) typeId?: string;
  @Field(() => ID, { nullable: true, description: "The territory's forecast manager: an active user." }) forecastUserId?: string;
}

@InputType()
export class CreateTerritoryInput extends TerritoryFields {
  @Field() @Length(1, 80) name: string;
  @Field(() => ID, { description: 'The territory model; a territory never changes model.' }) modelId: string;
}

@InputType()
export class UpdateTerritoryInput extends TerritoryFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) name?: string;
}
