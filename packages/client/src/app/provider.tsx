import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

import { apolloClient } from '@/lib/apollo/client';
import { i18n } from '@/lib/i18n';

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={apolloClient}>{children}</ApolloProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
