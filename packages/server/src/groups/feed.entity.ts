import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../common/tenant.entity';

/** TextPost, LinkPost (with linkUrl) or ContentPost (with files), as in Salesforce. */
export type FeedItemType = 'TextPost' | 'LinkPost' | 'ContentPost';

@ObjectType({ description: 'A post in a group feed (parentId: the group).' })
@Entity('feed_item')
@Index(['parentId', 'createdDate'])
export class FeedItem extends TenantEntity {
  @Field(() => ID) @Column('uuid') parentId: string;
  @Field(() => ID) @Column('uuid') createdById: string;
  @Field() @Column('text') body: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 2000, nullable: true }) linkUrl: string | null;
  @Field({ description: 'TextPost, LinkPost or ContentPost.' }) @Column({ type: 'varchar', length: 20 }) type: string;
  @Field(() => Int) @Column('int', { default: 0 }) commentCount: number;
}

@ObjectType({ description: 'A comment on a post.' })
@Entity('feed_comment')
@Index(['feedItemId', 'createdDate'])
export class FeedComment extends TenantEntity {
  @Field(() => ID) @Column('uuid') feedItemId: string;
  @Field(() => ID) @Column('uuid') createdById: string;
  @Field() @Column('text') commentBody: string;
}

@ObjectType({ description: 'A record a post mentions. `name` is null when the reader may not see the record.' })
@Entity('feed_item_mention')
@Index(['orgId', 'recordId'])
@Index(['feedItemId'])
export class FeedItemMention extends TenantEntity {
  @Column('uuid') feedItemId: string;
  @Field({ description: 'Opportunity, Account, Contact, Lead, Case or Competitor.' }) @Column({ type: 'varchar', length: 40 }) objectApiName: string;
  @Field(() => ID) @Column('uuid') recordId: string;
}
