import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size from the start (after `after`).' })
  first?: number;
  @Field(() => String, { nullable: true })
  after?: string;
  @Field(() => Int, { nullable: true, description: 'Page size from the end (before `before`).' })
  last?: number;
  @Field(() => String, { nullable: true })
  before?: string;
}

/** What a list resolver returns; the Connection type exposes it. */
export interface Page<T> {
  nodes: T[];
  offset: number;
  totalCount: number;
}
