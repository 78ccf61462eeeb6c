import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { FieldKind } from '../common/list/filter-inputs';
import { DateScalar } from '../common/scalars';

/** List fields tasks and events share. */
export const activityListFields: Record<string, FieldKind> = {
  id: 'id', subject: 'string', type: 'string', activityDate: 'date', contactId: 'id', leadId: 'id', accountId: 'id',
  opportunityId: 'id', caseId: 'id', campaignId: 'id', ownerId: 'id', createdDate: 'datetime', lastModifiedDate: 'datetime',
};

/** The "who" (one of contactId, leadId) and the "what" (one of the rest) of an activity. */
@InputType()
export class ActivityLinks {
  @Field(() => ID, { nullable: true, description: 'Who: a contact (or give leadId).' }) contactId?: string;
  @Field(() => ID, { nullable: true, description: 'Who: a lead; a lead allows no related record.' }) leadId?: string;
  @Field(() => ID, { nullable: true, description: "Related to an account; otherwise derived from the opportunity, case or contact." }) accountId?: string;
  @Field(() => ID, { nullable: true, description: 'Related to an opportunity.' }) opportunityId?: string;
  @Field(() => ID, { nullable: true, description: 'Related to a case.' }) caseId?: string;
  @Field(() => ID, { nullable: true, description: 'Related to a campaign.' }) campaignId?: string;
}

@InputType()
export class ActivityFields extends ActivityLinks {
  @Field({ nullable: true }) @IsOptional() @MaxLength(255) subject?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(32000) description?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) type?: string;
  @Field(() => DateScalar, { nullable: true }) activityDate?: string;
  @Field(() => ID, { nullable: true, description: 'Assigned to; defaults to the caller.' }) ownerId?: string;
}
