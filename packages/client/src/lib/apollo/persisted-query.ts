import { clearAuthToken, getAuthToken } from '@/lib/auth-token';

import { GRAPHQL_ENDPOINT, UNAUTHENTICATED } from './links';

/**
 * Persisted queries without the Apollo cache: dashboard widgets send only a document's SHA-256
 * (`extensions.persistedQuery`, the APQ protocol Apollo Server speaks). When the server does not
 * know the hash (PERSISTED_QUERY_NOT_FOUND) and the caller holds the document, it is sent once
 * with the hash to register it; a server in strict mode refuses that too.
 */
export interface PersistedRequest {
  sha256Hash: string;
  /** The document text, sent only when the server asks for it. */
  document?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

const NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

async function post<T>(req: PersistedRequest, withDocument: boolean): Promise<GraphQLResponse<T>> {
  const token = getAuthToken();
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...req.headers,
    },
    body: JSON.stringify({
      ...(withDocument ? { query: req.document } : {}),
      variables: req.variables ?? {},
      extensions: { persistedQuery: { version: 1, sha256Hash: req.sha256Hash } },
    }),
    signal: req.signal,
  });
  if (response.status === 401) clearAuthToken();
  const body = (await response.json().catch(() => null)) as GraphQLResponse<T> | null;
  if (!body) throw new Error(`HTTP ${response.status}`);
  return body;
}

export async function fetchPersisted<T>(req: PersistedRequest): Promise<GraphQLResponse<T>> {
  let body = await post<T>(req, false);
  const notFound = body.errors?.some((e) => e.extensions?.code === NOT_FOUND || e.message === 'PersistedQueryNotFound');
  if (notFound && req.document) body = await post<T>(req, true);
  if (body.errors?.some((e) => e.extensions?.code === UNAUTHENTICATED)) clearAuthToken();
  return body;
}

/** Hex SHA-256 of a document (Web Crypto), for documents that come without their hash. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
