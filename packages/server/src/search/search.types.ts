import { createUnionType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { Contact } from '../accounts/contact.entity';
import { Lead } from '../sales/lead.entity';
import { Opportunity } from '../sales/opportunity.entity';
import { Case } from '../service/case.entity';
import type { SearchHitRow } from './search.service';

const RECORD_TYPES = [Account, Contact, Lead, Opportunity, Case] as const;

export const SearchRecord = createUnionType({
  name: 'SearchRecord',
  description: 'The record a search hit points to.',
  types: () => RECORD_TYPES,
  // No resolveType: type-graphql's default (instanceof, synchronous) is what graphql-jit needs.
});

@ObjectType({ description: 'One record found by `search`, with what a result list shows.' })
export class SearchHit implements SearchHitRow {
  @Field(() => String, { description: 'Account, Contact, Lead, Opportunity or Case.' }) objectApiName: SearchHitRow['objectApiName'];
  @Field(() => ID) id: string;
  @Field({ description: "The record's name (a case's subject, or its number)." }) name: string;
  @Field(() => String, { nullable: true, description: 'A second line: email, phone, company, stage or case number and status.' }) subtitle: string | null;
  @Field(() => Int, { description: 'Match quality, higher first: 6 exact, 5 name prefix, 4 other prefix, 3 word prefix, 2 substring, 1 every word of the term in another order.' }) rank: number;
  @Field(() => Float, { description: "Trigram similarity of the term and the record's name (0..1): the order within a rank." }) score: number;
}
