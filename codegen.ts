import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: typed documents for the web client.
 *
 * Run with `pnpm codegen` from the repository root. It reads the SDL the server
 * emits and every `.graphql` operation under packages/client/src, and writes
 * packages/client/src/gql/ (generated: never edit by hand).
 *
 * CODEGEN_SCHEMA may point at another SDL file (for example while the server's
 * schema is not built yet); by default the server's emitted schema is used.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: process.env.CODEGEN_SCHEMA ?? 'packages/server/schema.graphql',
  documents: ['packages/client/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'packages/client/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTimeISO: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
