import { InMemoryCache } from '@apollo/client';

/**
 * Entities are normalised by `id`. Connections (`OpportunityConnection`,
 * `PageInfo`) have no identity and stay embedded in the field that returned
 * them; each page (cursor, sort, filter) is its own cache entry.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      User: { keyFields: ['id'] },
      Account: { keyFields: ['id'] },
      Opportunity: { keyFields: ['id'] },
      AuthPayload: { keyFields: false },
      Query: {
        fields: {
          opportunities: {
            keyArgs: ['filter', 'orderBy', 'first', 'after', 'last', 'before'],
          },
        },
      },
    },
  });
}
