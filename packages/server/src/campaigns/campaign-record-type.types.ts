import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { CampaignRecordType, CustomFieldType } from './campaign-record-type.entity';

/** Most custom fields one record type defines, and options one picklist has. */
export const MAX_CUSTOM_FIELDS = 100;
export const MAX_PICKLIST_OPTIONS = 500;

export const campaignRecordTypeList = defineList(() => CampaignRecordType, {
  name: 'CampaignRecordType',
  fields: { id: 'id', name: 'string', isActive: 'boolean', createdDate: 'datetime', lastModifiedDate: 'datetime' },
  defaultOrder: [['name', SortDirection.ASC]],
});

@InputType({ description: 'An extra field of a record type. Checked by the service: errors name fieldDefinitions.<index>.<property>.' })
export class CustomFieldDefinitionInput {
  @Field({ description: 'API name: a lowerCamel identifier (e.g. emailTemplate), unique within the record type.' }) name: string;
  @Field({ description: 'What users see, 1 to 80 characters.' }) label: string;
  @Field(() => CustomFieldType) type: CustomFieldType;
  @Field({ nullable: true, defaultValue: false, description: 'Every campaign of the record type must have a value.' }) required?: boolean;
  @Field(() => [String], { nullable: true, description: `The values of a PICKLIST (required for it, at most ${MAX_PICKLIST_OPTIONS}); only PICKLIST fields have options.` })
  options?: string[] | null;
}

@InputType()
class CampaignRecordTypeFields {
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field({ nullable: true, description: 'Inactive record types cannot be given to campaigns; campaigns that have one keep it.' }) isActive?: boolean;
}

@InputType()
export class CreateCampaignRecordTypeInput extends CampaignRecordTypeFields {
  @Field({ description: 'Unique in the organisation (case-insensitive).' }) @Length(1, 80) name: string;
  @Field(() => [CustomFieldDefinitionInput], { nullable: true, defaultValue: [] }) @IsOptional() @ArrayMaxSize(MAX_CUSTOM_FIELDS) fieldDefinitions?: CustomFieldDefinitionInput[];
}

@InputType()
export class UpdateCampaignRecordTypeInput extends CampaignRecordTypeFields {
  @Field({ nullable: true }) @IsOptional() @Length(1, 80) name?: string;
  @Field(() => [CustomFieldDefinitionInput], {
    nullable: true,
    description:
      "Replaces the whole list. Removing a field deletes campaigns' values of it; changing a type or the options is refused while a campaign holds a value the new definition would not accept. Newly required fields are enforced on each campaign's next write.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_CUSTOM_FIELDS)
  fieldDefinitions?: CustomFieldDefinitionInput[];
}
