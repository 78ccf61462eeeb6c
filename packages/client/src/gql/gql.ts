/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CurrentUser {\n  me {\n    id\n    name\n    email\n    role\n  }\n}": typeof types.CurrentUserDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      name\n      email\n      role\n    }\n  }\n}": typeof types.LoginDocument,
    "query MyOpportunities($ownerId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [OpportunityOrderBy!]) {\n  opportunities(\n    filter: {ownerId: {eq: $ownerId}}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      name\n      stageName\n      amount\n      closeDate\n      probability\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.MyOpportunitiesDocument,
    "query OpportunitiesViewer {\n  me {\n    id\n  }\n}": typeof types.OpportunitiesViewerDocument,
};
const documents: Documents = {
    "query CurrentUser {\n  me {\n    id\n    name\n    email\n    role\n  }\n}": types.CurrentUserDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      name\n      email\n      role\n    }\n  }\n}": types.LoginDocument,
    "query MyOpportunities($ownerId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [OpportunityOrderBy!]) {\n  opportunities(\n    filter: {ownerId: {eq: $ownerId}}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      name\n      stageName\n      amount\n      closeDate\n      probability\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n}": types.MyOpportunitiesDocument,
    "query OpportunitiesViewer {\n  me {\n    id\n  }\n}": types.OpportunitiesViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentUser {\n  me {\n    id\n    name\n    email\n    role\n  }\n}"): (typeof documents)["query CurrentUser {\n  me {\n    id\n    name\n    email\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      name\n      email\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      name\n      email\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOpportunities($ownerId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [OpportunityOrderBy!]) {\n  opportunities(\n    filter: {ownerId: {eq: $ownerId}}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      name\n      stageName\n      amount\n      closeDate\n      probability\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query MyOpportunities($ownerId: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: [OpportunityOrderBy!]) {\n  opportunities(\n    filter: {ownerId: {eq: $ownerId}}\n    first: $first\n    after: $after\n    last: $last\n    before: $before\n    orderBy: $orderBy\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n    nodes {\n      id\n      name\n      stageName\n      amount\n      closeDate\n      probability\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesViewer {\n  me {\n    id\n  }\n}"): (typeof documents)["query OpportunitiesViewer {\n  me {\n    id\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;