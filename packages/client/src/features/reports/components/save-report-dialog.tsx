import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField, FormGrid } from '@/components/ui/form-field/form-field';
import select from '@/components/ui/select/select.module.css';
import { CreateReportFolderDocument, ReportFoldersDocument, type ReportFolderAccess } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { useReportsT } from '../i18n';
import styles from './report-builder.module.css';

export interface SaveValues {
  name: string;
  description: string;
  folderId: string | null;
}

const NEW_FOLDER = '__new__';

/** Name, description and folder of the report (a new folder can be made here). */
export function SaveReportDialog({ open, initial, onClose, onSave }: { open: boolean; initial: SaveValues; onClose: () => void; onSave: (v: SaveValues) => Promise<void> }) {
  const t = useReportsT();
  const folders = useQuery(ReportFoldersDocument, { skip: !open });
  const [createFolder] = useMutation(CreateReportFolderDocument, { refetchQueries: [ReportFoldersDocument] });
  const [values, setValues] = useState(initial);
  const [folderChoice, setFolderChoice] = useState(initial.folderId ?? '');
  const [newFolder, setNewFolder] = useState({ name: '', accessType: 'PUBLIC' as ReportFolderAccess });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) {
      setValues(initial);
      setFolderChoice(initial.folderId ?? '');
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      let folderId = folderChoice || null;
      if (folderChoice === NEW_FOLDER) {
        const r = await createFolder({ variables: { input: { name: newFolder.name, accessType: newFolder.accessType } } });
        folderId = r.data?.createReportFolder.id ?? null;
        if (folderId) setFolderChoice(folderId);
      }
      await onSave({ ...values, folderId });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (field: string) => fieldErrors(error)?.find((e) => e.field === field)?.message ?? null;

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('save.title')}
      sheetOnPhone
      data-testid="save-report-dialog"
      footer={
        <div className={styles.actions}>
          <Button variant="secondary" onClick={onClose}>
            {t('save.cancel')}
          </Button>
          <Button onClick={() => void submit()} disabled={busy || !values.name.trim() || (folderChoice === NEW_FOLDER && !newFolder.name.trim())} data-testid="save-report-submit">
            {t('save.submit')}
          </Button>
        </div>
      }
    >
      {error !== null && !fieldErrors(error)?.some((e) => e.field) && <Alert>{serverMessage(error) ?? String(error)}</Alert>}
      <FormGrid>
        <FormField label={t('save.name')} required wide error={errorOf('name')}>
          <input className={styles.input} value={values.name} maxLength={120} onChange={(e) => setValues({ ...values, name: e.target.value })} data-testid="report-name" />
        </FormField>
        <FormField label={t('save.description')} wide error={errorOf('description')}>
          <textarea className={styles.input} rows={2} value={values.description} onChange={(e) => setValues({ ...values, description: e.target.value })} data-testid="report-description" />
        </FormField>
        <FormField label={t('save.folder')} wide error={errorOf('folderId')}>
          <select className={select.select} value={folderChoice} onChange={(e) => setFolderChoice(e.target.value)} data-testid="report-folder">
            <option value="">{t('save.private')}</option>
            {(folders.data?.reportFolders ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name} ({t(`access.${f.accessType}`)})
              </option>
            ))}
            <option value={NEW_FOLDER}>{t('save.newFolder')}</option>
          </select>
        </FormField>
        {folderChoice === NEW_FOLDER && (
          <>
            <FormField label={t('save.folderName')} required>
              <input className={styles.input} value={newFolder.name} maxLength={120} onChange={(e) => setNewFolder({ ...newFolder, name: e.target.value })} data-testid="new-folder-name" />
            </FormField>
            <FormField label={t('save.folderAccess')}>
              <select className={select.select} value={newFolder.accessType} onChange={(e) => setNewFolder({ ...newFolder, accessType: e.target.value as ReportFolderAccess })}>
                {(['PUBLIC', 'PRIVATE'] as const).map((a) => (
                  <option key={a} value={a}>
                    {t(`access.${a}`)}
                  </option>
                ))}
              </select>
            </FormField>
          </>
        )}
      </FormGrid>
    </Dialog>
  );
}
