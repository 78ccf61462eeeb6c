import 'reflect-metadata';
import path from 'node:path';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';
import { validateInput } from './validate-input';
import { leanFieldResolvers } from './lean-resolvers';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  // No field has type-graphql middlewares or auth roles, so a plain property field needs no
  // wrapper around graphql-js's default resolver (a third of the work on large pages).
  for (const t of getMetadataStorage().objectTypes) t.simpleResolvers ??= true;
  cached ??= buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    validateFn: validateInput,
    emitSchemaFile: false,
    // Required by type-graphql for subscriptions; recordsChanged fans out through each server's ChangeFeed.
    pubSub: createPubSub(),
  }).then((schema) => {
    leanFieldResolvers(schema, resolvers as unknown as Function[]);
    return schema;
  });
  return cached;
}

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
