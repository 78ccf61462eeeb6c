import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import { LoginDocument } from '@/gql/graphql';
import { UNAUTHENTICATED } from '@/lib/apollo/links';
import { setAuthToken } from '@/lib/auth-token';

export type SignInError = 'invalidCredentials' | 'failed';

export interface SignInCredentials {
  email: string;
  password: string;
}

function classify(error: unknown): SignInError {
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === UNAUTHENTICATED || e.extensions?.code === 'BAD_USER_INPUT')
  ) {
    return 'invalidCredentials';
  }
  return 'failed';
}

/** Runs the `login` mutation and stores the token; resolves to true on success. */
export function useSignIn() {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginDocument);
  const [error, setError] = useState<SignInError | null>(null);

  const signIn = useCallback(
    async ({ email, password }: SignInCredentials): Promise<boolean> => {
      setError(null);
      try {
        const { data } = await login({ variables: { email, password } });
        const token = data?.login.token;
        if (!token) {
          setError('failed');
          return false;
        }
        await client.clearStore(); // start from an empty cache for this user
        setAuthToken(token);
        return true;
      } catch (caught) {
        setError(classify(caught));
        return false;
      }
    },
    [client, login],
  );

  return { signIn, loading, error };
}
