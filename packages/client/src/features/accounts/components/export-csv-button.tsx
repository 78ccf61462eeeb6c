import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { AccountsExportDocument, type AccountFilter, type AccountOrderBy } from '@/gql/graphql';
import { downloadText } from '@/lib/download';

/** Downloads the list as the server exports it, with the filter and order on screen. */
export function ExportCsvButton({ filter, orderBy }: { filter: AccountFilter; orderBy: AccountOrderBy[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const { data } = await client.query({ query: AccountsExportDocument, variables: { filter, orderBy }, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('no data');
      downloadText(`accounts-${new Date().toISOString().slice(0, 10)}.csv`, data.exportAccountsCsv.csv);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" onClick={() => void run()} disabled={busy} data-testid="export-csv" title={failed ? t('accounts.exportError') : undefined}>
      {busy ? t('accounts.exporting') : failed ? t('accounts.exportError') : t('accounts.exportCsv')}
    </Button>
  );
}
