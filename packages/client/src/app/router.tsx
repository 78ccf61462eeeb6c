import { createBrowserRouter, Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { ProtectedRoute } from '@/features/auth/components/protected-route';

import { AppLayout } from './layout/app-layout';
import { RouteError } from './routes/route-error';

export const router = createBrowserRouter([
  {
    ErrorBoundary: RouteError,
    children: [
      {
        path: paths.signIn.path,
        lazy: async () => {
          const { SignInRoute } = await import('@/features/auth/routes/sign-in-route');
          return { Component: SignInRoute };
        },
      },
      {
        element: (
          <ProtectedRoute>
            <AppLayout />
          </ProtectedRoute>
        ),
        children: [
          { index: true, element: <Navigate to={paths.opportunities.getHref()} replace /> },
          {
            path: paths.opportunities.path,
            lazy: async () => {
              const { MyOpportunitiesRoute } = await import(
                '@/features/opportunities/routes/my-opportunities-route'
              );
              return { Component: MyOpportunitiesRoute };
            },
          },
        ],
      },
      {
        path: '*',
        lazy: async () => {
          const { NotFoundRoute } = await import('./routes/not-found');
          return { Component: NotFoundRoute };
        },
      },
    ],
  },
]);
