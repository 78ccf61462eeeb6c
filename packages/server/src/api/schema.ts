import 'reflect-metadata';
import path from 'node:path';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';
import { validateInput } from './validate-input';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    validateFn: validateInput,
    emitSchemaFile: false,
  });
  return cached;
}

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
