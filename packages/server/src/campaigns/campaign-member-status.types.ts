import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { CampaignMemberStatus } from './campaign-member-status.entity';

export const campaignMemberStatusList = defineList(() => CampaignMemberStatus, {
  name: 'CampaignMemberStatus',
  fields: {
    id: 'id', campaignId: 'id', label: 'string', hasResponded: 'boolean', isDefault: 'boolean', sortOrder: 'number',
    createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['campaignId', SortDirection.ASC], ['sortOrder', SortDirection.ASC]],
});

@InputType()
class CampaignMemberStatusFields {
  @Field({ nullable: true, description: 'Members in this status count as responses; a campaign keeps at least one such status.' })
  hasResponded?: boolean;

  @Field({ nullable: true, description: 'true makes this the default and clears the flag on the others; the default cannot be unset directly.' })
  isDefault?: boolean;

  @Field(() => Int, { nullable: true, description: 'Position in the picklist; default: after the last.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number;
}

@InputType()
export class CreateCampaignMemberStatusInput extends CampaignMemberStatusFields {
  @Field(() => ID) campaignId: string;
  @Field({ description: 'Unique within the campaign (case-insensitive).' }) @Length(1, 765) label: string;
}

@InputType()
export class UpdateCampaignMemberStatusInput extends CampaignMemberStatusFields {
  @Field({ nullable: true, description: "Renaming also renames the members' status." }) @IsOptional() @Length(1, 765) label?: string;
}
