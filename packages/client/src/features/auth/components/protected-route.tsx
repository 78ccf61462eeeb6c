import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { paths } from '@/config/paths';

import { useAuthToken } from '../hooks/use-auth-token';
import { isSigningOut } from '../utils/sign-out-intent';

/** Renders its children only with a token; otherwise goes to the sign-in page. */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const token = useAuthToken();
  const location = useLocation();

  if (!token) {
    if (isSigningOut()) return null; // the sign-out action is navigating already
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={paths.signIn.getHref(from)} replace />;
  }
  return children;
}
