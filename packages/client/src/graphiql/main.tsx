import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-page.css';

import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { getAuthToken } from '@/lib/auth-token';

import { AuthHeaderPrefill } from './auth-header-prefill';
import { defaultQuery, exampleTabs } from './example-queries';
import { fetcher, fetchViewerId } from './fetcher';
import { hasStoredTabs } from './stored-tabs';

async function start(): Promise<void> {
  const container = document.getElementById('graphiql');
  if (!container) throw new Error('Missing #graphiql element');

  const token = getAuthToken();
  const authorization = token ? `Bearer ${token}` : null;
  const headers = authorization ? JSON.stringify({ Authorization: authorization }, null, 2) : undefined;
  const ownerId = token ? await fetchViewerId(token) : null;
  const tabs = exampleTabs(ownerId).map((tab) => ({ ...tab, headers }));
  // GraphiQL fills the first editor from `defaultTabs` for the query only, so
  // hand it the first tab's variables too (only on a fresh start: with stored
  // tabs an initial value would open an extra tab).
  const initialVariables = hasStoredTabs() ? undefined : tabs[0]?.variables;

  createRoot(container).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={defaultQuery}
        defaultTabs={tabs}
        initialVariables={initialVariables}
        defaultHeaders={headers}
        isHeadersEditorEnabled
        defaultEditorToolsVisibility={headers ? 'headers' : 'variables'}
        shouldPersistHeaders={false}
      >
        <GraphiQL.Logo>
          <a href="/" className="crm-graphiql-logo">
            Open CRM
          </a>
        </GraphiQL.Logo>
        {headers && <AuthHeaderPrefill headers={headers} />}
      </GraphiQL>
    </StrictMode>,
  );
}

void start();
