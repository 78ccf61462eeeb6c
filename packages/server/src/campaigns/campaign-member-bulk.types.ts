import { Arg, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { contactList } from '../accounts/contact.types';
import { leadList } from '../sales/lead.types';
import { Campaign } from './campaign.entity';

/** Most data rows and bytes one importCampaignMembers file may have. */
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const STATUS_HELP = "A label of the campaign's member statuses; anything else (or nothing) gives the campaign's default status.";

@InputType({ description: 'Adds everyone a list-view filter matches; at least one of the filters ({} matches everyone you can see).' })
export class AddCampaignMembersFromFilterInput {
  @Field(() => ID) campaignId: string;
  @Field(() => leadList.Filter, { nullable: true, description: 'Leads to add (converted leads are never added); omit to add no leads.' })
  leadFilter?: Record<string, unknown>;
  @Field(() => contactList.Filter, { nullable: true, description: 'Contacts to add; omit to add no contacts.' })
  contactFilter?: Record<string, unknown>;
  @Field({ nullable: true, description: STATUS_HELP }) @IsOptional() @MaxLength(765) status?: string;
}

@InputType({ description: 'A CSV file with a header row: `email` or `id` (a lead or contact id), optional `status`.' })
export class ImportCampaignMembersInput {
  @Field(() => ID) campaignId: string;
  @Field({ description: `The file's text: at most ${MAX_IMPORT_ROWS.toLocaleString('en')} data rows and 10 MB.` }) csv: string;
  @Field({ nullable: true, description: `Status of rows without a status. ${STATUS_HELP}` }) @IsOptional() @MaxLength(765) defaultStatus?: string;
}

export enum CampaignMemberImportOutcome {
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
  SKIPPED = 'SKIPPED',
  ERROR = 'ERROR',
}
registerEnumType(CampaignMemberImportOutcome, {
  name: 'CampaignMemberImportOutcome',
  valuesConfig: {
    ADDED: { description: 'A new member was created.' },
    UPDATED: { description: "An existing member's status changed." },
    SKIPPED: { description: 'Nothing to do: already a member with that status, or the person appears on an earlier row.' },
    ERROR: { description: 'Not imported: see message.' },
  },
});

@ObjectType({ description: 'What happened to one data row of an imported file.' })
export class CampaignMemberImportRow {
  @Field(() => Int, { description: 'Position of the data row: 1 is the first row after the header.' }) row: number;
  @Field(() => String, { nullable: true, description: 'The email of the row, as given.' }) email: string | null;
  @Field(() => ID, { nullable: true, description: 'The lead or contact: the id of the row, or the one its email matched.' }) id: string | null;
  @Field(() => String, { nullable: true, description: '"Lead" or "Contact" when the row matched someone.' }) type: string | null;
  @Field(() => CampaignMemberImportOutcome) outcome: CampaignMemberImportOutcome;
  @Field(() => ID, { nullable: true, description: 'The campaign member created, updated or already there.' }) memberId: string | null;
  @Field(() => String, { nullable: true, description: 'Why the row failed or was skipped, or a note (e.g. an unknown status).' }) message: string | null;
}

@ObjectType({ description: 'The outcome of importCampaignMembers: row by row, good rows import even when others fail.' })
export class CampaignMemberImportResult {
  @Field(() => Campaign) campaign: Campaign;
  @Field(() => Int, { description: 'Data rows in the file.' }) total: number;
  @Field(() => Int) added: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) skipped: number;
  @Field(() => Int) errors: number;
  allRows: CampaignMemberImportRow[];

  @Field(() => [CampaignMemberImportRow], { description: 'Per-row results in file order; `outcomes` keeps only those (e.g. [ERROR]).' })
  rows(@Arg('outcomes', () => [CampaignMemberImportOutcome], { nullable: true }) outcomes?: CampaignMemberImportOutcome[] | null): CampaignMemberImportRow[] {
    return outcomes?.length ? this.allRows.filter((r) => outcomes.includes(r.outcome)) : this.allRows;
  }
}
