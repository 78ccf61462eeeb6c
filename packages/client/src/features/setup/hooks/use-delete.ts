import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrors } from '@/lib/server-error';

/** The delete-confirmation state of a Setup list: which row, busy, and the server's refusal. */
export function useDelete<Row extends { id: string }>(run: (id: string) => Promise<unknown>) {
  const { t } = useTranslation();
  const [row, setRow] = useState<Row | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (!row) return;
    setBusy(true);
    setError(null);
    try {
      await run(row.id);
      setRow(null);
    } catch (e) {
      const first = fieldErrors(e)?.[0];
      setError(!first ? t('setup.network') : first.code === 'CONFLICT' ? t('setup.inUse', { message: first.message }) : first.message);
    } finally {
      setBusy(false);
    }
  };
  return {
    row,
    busy,
    error,
    ask: (r: Row) => { setError(null); setRow(r); },
    close: () => setRow(null),
    confirm,
  };
}
