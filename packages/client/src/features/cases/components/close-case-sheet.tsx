import { useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import { FormField } from '@/components/ui/form-field/form-field';
import select from '@/components/ui/select/select.module.css';
import { CloseCaseDocument } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';
import { uploadFile } from '@/lib/upload';

import styles from './case-page.module.css';

interface CloseCaseSheetProps {
  open: boolean;
  onClose: () => void;
  caseId: string;
  version: number;
  closedStatuses: Array<{ apiName: string; masterLabel: string }>;
}

/** "Close case": a closed status, the resolution note and an optional photo from the camera, in one step. */
export function CloseCaseSheet({ open, onClose, caseId, version, closedStatuses }: CloseCaseSheetProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(closedStatuses[0]?.apiName ?? 'Closed');
  const [resolution, setResolution] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [closeCase, closing] = useMutation(CloseCaseDocument);
  const preview = useMemo(() => (photo ? URL.createObjectURL(photo) : null), [photo]);
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);

  const submit = async () => {
    setErrors({});
    setMessage(null);
    if (!resolution.trim()) {
      setErrors({ resolution: t('cases.closeSheet.resolution') });
      return;
    }
    try {
      let photoFileId: string | undefined;
      if (photo) {
        setUploading(true);
        photoFileId = (await uploadFile(photo)).id;
      }
      await closeCase({ variables: { input: { caseId, status, resolution, photoFileId, expectedVersion: version } } });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      const byField: Record<string, string> = {};
      for (const f of fields ?? []) if (f.field && f.field !== 'caseId') byField[f.field] = f.message;
      setErrors(byField);
      if (!Object.keys(byField).length || byField.expectedVersion) setMessage(serverMessage(e) ?? (e instanceof Error ? e.message : String(e)));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('cases.closeSheet.title')}
      sheetOnPhone
      data-testid="close-case-sheet"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('cases.closeSheet.cancel')}</Button>
          <Button onClick={() => void submit()} disabled={closing.loading || uploading} data-testid="close-case-submit">
            {uploading ? t('cases.closeSheet.uploading') : t('cases.closeSheet.submit')}
          </Button>
        </>
      }
    >
      <div className={styles.form}>
        {message && <Alert>{message}</Alert>}
        <FormField label={t('cases.closeSheet.status')} error={errors.status}>
          <select className={select.select} value={status} onChange={(e) => setStatus(e.target.value)} data-testid="close-status">
            {closedStatuses.map((s) => (
              <option key={s.apiName} value={s.apiName}>{s.masterLabel}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('cases.closeSheet.resolution')} error={errors.resolution} required>
          <textarea className={styles.textarea} rows={4} value={resolution} onChange={(e) => setResolution(e.target.value)} data-testid="close-resolution" />
        </FormField>
        <FormField label={t('cases.closeSheet.photo')} error={errors.photoFileId}>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className={styles.file}
            aria-label={t('cases.closeSheet.takePhoto')}
            onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
            data-testid="close-photo"
          />
        </FormField>
        {photo && preview && (
          <div className={styles.photoRow}>
            <img src={preview} alt="" className={styles.preview} />
            <span>{photo.name}</span>
          </div>
        )}
      </div>
    </Dialog>
  );
}
