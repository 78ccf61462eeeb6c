import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { text } from '../common/column-types';
import { DateTimeScalar } from '../common/scalars';
import { TenantEntity } from '../common/tenant.entity';

export enum CollaborationType {
  Public = 'Public',
  Private = 'Private',
}
registerEnumType(CollaborationType, {
  name: 'CollaborationType',
  description: 'Public: everyone in the organisation reads the feed and may join. Private: only members read the feed; an owner or manager adds members.',
});

/** Our roles: the owner (CollaborationGroup.ownerId), managers (collaborationRole Admin), members (Standard). */
export enum GroupMemberRole {
  Owner = 'Owner',
  Manager = 'Manager',
  Member = 'Member',
}
registerEnumType(GroupMemberRole, { name: 'GroupMemberRole' });

@ObjectType({ description: 'A Chatter group. Name and description are visible to the whole organisation, the feed as collaborationType says.' })
@Entity('collaboration_group')
@Index(['orgId', 'name'], { unique: true })
export class CollaborationGroup extends TenantEntity {
  @Field({ description: 'Unique in the organisation, public and private groups alike.' }) @Column(text(80, false)) name: string;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) description: string | null;
  @Field(() => CollaborationType) @Column({ type: 'varchar', length: 10 }) collaborationType: CollaborationType;
  @Field(() => ID) @Column('uuid') ownerId: string;
  @Field(() => Int) @Column('int', { default: 0 }) memberCount: number;
  @Field() @Column({ default: false }) isArchived: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) lastFeedModifiedDate: Date | null;
}

@ObjectType({ description: 'A member of a group; the owner is a member with role Owner.' })
@Entity('collaboration_group_member')
@Index(['collaborationGroupId', 'memberId'], { unique: true })
@Index(['orgId', 'memberId'])
export class CollaborationGroupMember extends TenantEntity {
  @Field(() => ID) @Column('uuid') collaborationGroupId: string;
  @Field(() => ID) @Column('uuid') memberId: string;
  @Field({ description: "Salesforce's role: Admin (a manager: adds and removes members, changes roles, deletes posts) or Standard." })
  @Column({ type: 'varchar', length: 10, default: 'Standard' })
  collaborationRole: string;
}
