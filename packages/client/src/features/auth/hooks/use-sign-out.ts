import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { clearAuthToken } from '@/lib/auth-token';

import { markSigningOut } from '../utils/sign-out-intent';

export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();

  return useCallback(async () => {
    markSigningOut();
    clearAuthToken();
    await navigate(paths.signIn.getHref(), { replace: true });
    await client.clearStore(); // no data of this user stays in memory
  }, [client, navigate]);
}
