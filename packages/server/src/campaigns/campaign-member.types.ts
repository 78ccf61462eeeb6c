import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { SortDirection } from '../common/list/connection-types';
import { defineList } from '../common/list/define-list';
import { CampaignMember } from './campaign-member.entity';
import { Campaign } from './campaign.entity';

/** Most people one addCampaignMembers call takes, per kind. */
export const MAX_BULK_MEMBERS = 100_000;

export const campaignMemberList = defineList(() => CampaignMember, {
  name: 'CampaignMember',
  fields: {
    id: 'id', campaignId: 'id', leadId: 'id', contactId: 'id', status: 'string', hasResponded: 'boolean',
    firstRespondedDate: 'date', createdDate: 'datetime', lastModifiedDate: 'datetime',
  },
  defaultOrder: [['createdDate', SortDirection.ASC]],
});

const STATUS_HELP = "A label of the campaign's member statuses; anything else (or nothing) gives the campaign's default status.";

@InputType()
export class CreateCampaignMemberInput {
  @Field(() => ID) campaignId: string;
  @Field(() => ID, { nullable: true, description: 'Either leadId or contactId.' }) leadId?: string;
  @Field(() => ID, { nullable: true, description: 'Either leadId or contactId.' }) contactId?: string;
  @Field({ nullable: true, description: STATUS_HELP }) @IsOptional() @MaxLength(765) status?: string;
}

@InputType()
export class UpdateCampaignMemberInput {
  @Field({ nullable: true, description: STATUS_HELP }) @IsOptional() @MaxLength(765) status?: string;
}

@InputType()
export class AddCampaignMembersInput {
  @Field(() => ID) campaignId: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_BULK_MEMBERS) leadIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_BULK_MEMBERS) contactIds?: string[];
  @Field({ nullable: true, description: STATUS_HELP }) @IsOptional() @MaxLength(765) status?: string;
}

@ObjectType({ description: 'The outcome of addCampaignMembers or addCampaignMembersFromFilter (all or nothing).' })
export class AddCampaignMembersResult {
  @Field(() => Int, { description: 'Members created.' }) added: number;
  @Field(() => Int, { description: 'People left out because they already were members (addCampaignMembersFromFilter; addCampaignMembers refuses them instead).' }) skipped: number;
  @Field(() => Campaign) campaign: Campaign;
}
