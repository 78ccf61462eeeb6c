import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { CreatePostDocument } from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';
import { uploadFile, UploadError } from '@/lib/upload';

import styles from './groups.module.css';
import { MentionPicker, type Mention } from './mention-picker';

/** Text, an optional link, files (the camera on phones) and mentioned records; nothing is lost on an error. */
export function PostComposer({ groupId, onPosted }: { groupId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [body, setBody] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const [createPost] = useMutation(CreatePostDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setErrors({ body: t('groups.composer.bodyRequired') });
    setBusy(true);
    setErrors({});
    try {
      const uploaded = [];
      for (const f of files) uploaded.push(await uploadFile(f));
      await createPost({
        variables: {
          input: {
            groupId, body, linkUrl: linkUrl.trim() || null, fileIds: uploaded.map((u) => u.id),
            mentions: mentions.map(({ objectApiName, recordId }) => ({ objectApiName, recordId })),
          },
        },
      });
      setBody('');
      setLinkUrl('');
      setFiles([]);
      setMentions([]);
      if (fileRef.current) fileRef.current.value = '';
      onPosted();
    } catch (err) {
      if (err instanceof UploadError) setErrors({ fileIds: err.code === 'PAYLOAD_TOO_LARGE' ? t('groups.composer.tooLarge') : err.code === 'UNSUPPORTED_MEDIA_TYPE' ? t('groups.composer.badType') : err.message });
      else {
        const byField: Record<string, string> = {};
        for (const e of fieldErrors(err) ?? []) byField[e.field ?? 'form'] = e.message;
        setErrors(Object.keys(byField).length ? byField : { form: serverMessage(err) ?? t('groups.composer.failed') });
      }
    } finally {
      setBusy(false);
    }
  };

  const err = (field: string) => errors[field] && <p className={styles.error} id={`${ids}-${field}-error`}>{errors[field]}</p>;
  return (
    <form className={styles.card} onSubmit={submit} aria-label={t('groups.composer.label')} data-testid="post-composer">
      <div className={styles.field}>
        <label htmlFor={`${ids}-body`}>{t('groups.composer.body')}</label>
        <textarea id={`${ids}-body`} value={body} onChange={(e) => setBody(e.target.value)} aria-invalid={!!errors.body} data-testid="post-body" />
        {err('body')}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${ids}-link`}>{t('groups.composer.link')}</label>
        <input id={`${ids}-link`} type="url" inputMode="url" placeholder="https://" value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} aria-invalid={!!errors.linkUrl} />
        {err('linkUrl')}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${ids}-mention`}>{t('groups.composer.mention')}</label>
        <MentionPicker id={`${ids}-mention`} onPick={(m) => setMentions((ms) => (ms.some((x) => x.recordId === m.recordId) ? ms : [...ms, m]))} />
        {mentions.length > 0 && (
          <ul className={styles.chips} data-testid="post-mentions">
            {mentions.map((m) => (
              <li key={m.recordId} className={styles.chip}>
                {m.name}
                <button type="button" className={styles.chipRemove} aria-label={t('groups.composer.removeMention', { name: m.name })} onClick={() => setMentions((ms) => ms.filter((x) => x.recordId !== m.recordId))}>×</button>
              </li>
            ))}
          </ul>
        )}
        {err('mentions')}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${ids}-files`}>{t('groups.composer.files')}</label>
        <input id={`${ids}-files`} ref={fileRef} className={styles.fileInput} type="file" multiple accept="image/*,application/pdf,text/plain" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        {err('fileIds')}
      </div>
      {err('form')}
      {err('groupId')}
      <div className={styles.row}>
        <Button type="submit" disabled={busy} data-testid="post-submit">{busy ? t('groups.composer.posting') : t('groups.composer.post')}</Button>
      </div>
    </form>
  );
}
