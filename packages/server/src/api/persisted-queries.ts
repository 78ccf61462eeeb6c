import { createHash } from 'node:crypto';
import type { ApolloServerOptionsWithSchema, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from './request-context';

/**
 * Persisted queries (Apollo's APQ protocol: `extensions.persistedQuery { version: 1, sha256Hash }`).
 * Documents the server knows are rows of `persisted_query` (hash, document, orgId or NULL for
 * every organisation), written when dashboard components are saved or seeded.
 * - open (default): a hash resolves from the table or from documents clients registered
 *   (hash + document, kept in memory only, bounded); unknown hashes answer
 *   PERSISTED_QUERY_NOT_FOUND so the client sends the document once.
 * - strict: only hashes in the table for the caller's organisation (or global) run; an unknown
 *   hash answers 400 PERSISTED_QUERY_NOT_FOUND and an attempt to register one 400
 *   PERSISTED_QUERY_NOT_ALLOWED. Requests without the extension are not affected.
 * The hash of a document is Apollo's own (`sha256` hex of the text), which is also the key under
 * which graphql-jit keeps the compiled operation, so a hash and its document are one operation.
 */
export type PersistedQueryMode = 'open' | 'strict';

type KeyValueCache = NonNullable<Exclude<ApolloServerOptionsWithSchema<RequestContext>['persistedQueries'], false | undefined>['cache']>;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Registers a document for an organisation (null: all); returns its hash. Idempotent. */
export async function registerPersistedQuery(em: EntityManager, document: string, orgId: string | null): Promise<string> {
  const hash = sha256Hex(document);
  await em.query(`INSERT INTO persisted_query (hash, "orgId", document) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [hash, orgId, document]);
  return hash;
}

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V) {
    this.map.delete(k);
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(k, v);
  }
}

const HASH = /^[0-9a-f]{64}$/;
/** Apollo prefixes the keys of the APQ cache. */
const key = (k: string) => k.replace(/^apq:/, '');

export class PersistedQueries {
  /** Documents by hash: from the table, and (open mode) registered by clients. */
  private readonly documents = new Lru<string>(2000);
  /** Organisations (or '' for global) a hash is registered for, as read from the table. */
  private readonly owners = new Lru<Set<string>>(2000);

  constructor(
    private readonly dataSource: DataSource,
    readonly mode: PersistedQueryMode,
  ) {}

  /** The cache Apollo's APQ reads and writes. */
  readonly cache: KeyValueCache = {
    get: async (k) => {
      const hash = key(k);
      if (!HASH.test(hash)) return undefined;
      const hit = this.documents.get(hash);
      if (hit !== undefined) return hit;
      const [row] = await this.dataSource.query(`SELECT document FROM persisted_query WHERE hash = $1 LIMIT 1`, [hash]);
      if (row) this.documents.set(hash, row.document);
      return row?.document;
    },
    // Client registrations are kept in memory (open mode only: strict refuses them first).
    set: async (k, v) => {
      if (this.mode === 'open') this.documents.set(key(k), v);
    },
    delete: async () => false,
  };

  /** Whether the table holds the hash for the organisation or for everyone. */
  private async registered(hash: string, orgId: string | null): Promise<boolean> {
    const allowed = (owners: Set<string>) => owners.has('') || (!!orgId && owners.has(orgId));
    const cached = this.owners.get(hash);
    // Only a yes is trusted from memory: another organisation may have registered it since.
    if (cached && allowed(cached)) return true;
    const rows: Array<{ orgId: string | null }> = await this.dataSource.query(`SELECT "orgId" FROM persisted_query WHERE hash = $1`, [hash]);
    const owners = new Set(rows.map((r) => r.orgId ?? ''));
    if (owners.size) this.owners.set(hash, owners);
    return allowed(owners);
  }

  plugin(): ApolloServerPlugin<RequestContext> {
    const strict = this.mode === 'strict';
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, metrics, queryHash, contextValue }) => {
          if (!strict || !request.extensions?.persistedQuery) return;
          if (await this.registered(queryHash, contextValue.sessionUser?.orgId ?? null)) return;
          throw metrics.persistedQueryRegister
            ? new GraphQLError('This server runs only registered documents (PERSISTED_QUERIES=strict): save it as a dashboard component first', {
                extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 400 } },
              })
            : notFound();
        },
        // Apollo answers an unknown hash with 200 so that clients send the document; in strict
        // mode that would be refused anyway: say so with a 400.
        willSendResponse: async ({ response }) => {
          if (!strict || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
            response.body.singleResult.errors = [notFound().toJSON()];
            response.http.status = 400;
          }
        },
      }),
    };
  }
}

const notFound = () =>
  new GraphQLError('PersistedQueryNotFound: this server runs only registered documents (PERSISTED_QUERIES=strict)', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
  });
