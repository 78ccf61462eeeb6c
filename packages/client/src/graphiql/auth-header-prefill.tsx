import { useGraphiQL } from '@graphiql/react';
import { useEffect } from 'react';

/**
 * GraphiQL does not keep request headers with its stored tabs, so restored
 * tabs come back with an empty headers editor. Whenever the active tab's
 * headers are empty, fill in the SPA's `Authorization` header.
 * (Write `{}` to send a request without it.)
 */
export function AuthHeaderPrefill({ headers }: { headers: string }) {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const activeTabIndex = useGraphiQL((state) => state.activeTabIndex);

  useEffect(() => {
    if (headerEditor && headerEditor.getValue().trim() === '') headerEditor.setValue(headers);
  }, [headerEditor, activeTabIndex, headers]);

  return null;
}
