import { ApolloClient, ApolloLink } from '@apollo/client';

import { clearAuthToken } from '@/lib/auth-token';

import { createCache } from './cache';
import { authLink, createErrorLink, httpLink } from './links';

/**
 * The single Apollo Client of the SPA. When the server answers
 * UNAUTHENTICATED the token is dropped; the protected routes watch the token
 * and send the user to the sign-in page.
 */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([createErrorLink(clearAuthToken), authLink, httpLink]),
  cache: createCache(),
});
