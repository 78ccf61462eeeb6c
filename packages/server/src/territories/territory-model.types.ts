import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { TerritoryModel } from './territory-model.entity';
import { TerritoryType } from './territory-type.entity';

export const territoryModelList = defineList(() => TerritoryModel, {
  name: 'TerritoryModel',
  fields: {
    id: 'id', name: 'string', state: 'string', activatedDate: 'datetime', deactivatedDate: 'datetime',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType({ description: 'A new model always starts in PLANNING.' })
export class CreateTerritoryModelInput {
  @Field() @Length(1, 80) name: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
}

@InputType({ description: 'The state changes only through activateTerritoryModel / archiveTerritoryModel.' })
export class UpdateTerritoryModelInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) name?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
}

export const territoryTypeList = defineList(() => TerritoryType, {
  name: 'TerritoryType',
  fields: { id: 'id', name: 'string', priority: 'number', createdDate: 'datetime', lastModifiedDate: 'datetime' },
  defaultOrder: [['priority', SortDirection.DESC]],
});

@InputType()
export class CreateTerritoryTypeInput {
  @Field() @Length(1, 80) name: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field(() => Int, { description: 'Unique per organisation.' }) @Min(0) @Max(1_000_000) priority: number;
}

@InputType()
export class UpdateTerritoryTypeInput {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) name?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(1_000_000) priority?: number;
}
