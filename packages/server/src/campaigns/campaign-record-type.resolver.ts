import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import { createCrudResolver } from '../common/crud/crud-resolver';
import { loadRef, ToOne } from '../common/crud/relations';
import { JSONScalar } from '../common/scalars';
import { customFieldValues, CustomFieldValue } from './campaign-custom-fields';
import { CampaignRecordType } from './campaign-record-type.entity';
import { campaignRecordTypeService } from './campaign-record-type.service';
import { CreateCampaignRecordTypeInput, UpdateCampaignRecordTypeInput } from './campaign-record-type.types';
import { Campaign } from './campaign.entity';

@Resolver(() => CampaignRecordType)
export class CampaignRecordTypeResolver extends createCrudResolver({
  entity: CampaignRecordType,
  service: campaignRecordTypeService,
  create: CreateCampaignRecordTypeInput,
  update: UpdateCampaignRecordTypeInput,
}) {}

/** A campaign's record type and its custom field values. */
@Resolver(() => Campaign)
export class CampaignCustomFieldsResolver {
  @ToOne(campaignRecordTypeService, 'recordTypeId')
  @FieldResolver(() => CampaignRecordType, { nullable: true, description: 'The kind of campaign, which defines its custom fields.' })
  recordType(@Root() c: Campaign, @Ctx() ctx: RequestContext) {
    return loadRef(ctx, campaignRecordTypeService, c.recordTypeId);
  }

  @FieldResolver(() => [CustomFieldValue], { description: "Every custom field of the record type, in definition order, with this campaign's value (null when unset)." })
  async customFields(@Root() c: Campaign, @Ctx() ctx: RequestContext): Promise<CustomFieldValue[]> {
    const recordType = await loadRef(ctx, campaignRecordTypeService, c.recordTypeId);
    return customFieldValues(recordType?.fieldDefinitions ?? [], c.customFields);
  }

  @FieldResolver(() => JSONScalar, { description: 'The custom values as one JSON object (field name to value), as createCampaign/updateCampaign take them.' })
  customFieldsJson(@Root() c: Campaign): Record<string, unknown> {
    return c.customFields ?? {};
  }
}
