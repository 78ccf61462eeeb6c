import { GraphQLError } from 'graphql';
import type { GraphiQLProps } from 'graphiql';

export const GRAPHQL_ENDPOINT = '/graphql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * A minimal same-origin fetcher: POSTs the operation as JSON to /graphql with
 * the headers from the headers editor. (`@graphiql/toolkit` is not a direct
 * dependency of this package, so its `createGraphiQLFetcher` is not used.)
 */
export const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Awaited<ReturnType<Fetcher>>;
  } catch {
    return { errors: [new GraphQLError(`HTTP ${response.status}: ${text.slice(0, 500)}`)] };
  }
};

/** The signed-in user's id, to pre-fill example variables (null if unknown). */
export async function fetchViewerId(token: string, timeoutMs = 3000): Promise<string | null> {
  try {
    const response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query GraphiQLViewer { me { id } }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: { me?: { id?: string } } };
    return body.data?.me?.id ?? null;
  } catch {
    return null;
  }
}
