import { ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

import { getAuthToken } from '@/lib/auth-token';

export const GRAPHQL_ENDPOINT = '/graphql';

export const UNAUTHENTICATED = 'UNAUTHENTICATED';

/** Adds `Authorization: Bearer <token>` when the browser holds a token. */
export const authLink = new SetContextLink((prevContext) => {
  const token = getAuthToken();
  if (!token) return {};
  return {
    headers: { ...prevContext.headers, Authorization: `Bearer ${token}` },
  };
});

/** Calls `onUnauthenticated` when the server rejects the token. */
export function createErrorLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error }) => {
    const rejected =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.code === UNAUTHENTICATED)) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (rejected) onUnauthenticated();
  });
}

export const httpLink = new HttpLink({ uri: GRAPHQL_ENDPOINT });
