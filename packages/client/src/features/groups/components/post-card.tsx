import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components/ui/button/button';
import { paths } from '@/config/paths';
import { CreateCommentDocument, DeletePostDocument, type GroupPostFragment } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import styles from './groups.module.css';

const recordHref = (objectApiName: string, id: string): string | null =>
  ({
    Opportunity: paths.opportunity.getHref(id), Account: paths.account.getHref(id), Contact: paths.contact.getHref(id),
    Lead: paths.lead.getHref(id), Case: paths.case.getHref(id),
  })[objectApiName] ?? null;

const when = (iso: string, locale: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** One post: author, text, link, files, mentioned records, comments and a comment box. */
export function PostCard({ post, onChanged, showGroup }: { post: GroupPostFragment; onChanged: () => void; showGroup?: boolean }) {
  const { t, i18n } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [createComment, { loading }] = useMutation(CreateCommentDocument);
  const [deletePost] = useMutation(DeletePostDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) return;
    try {
      await createComment({ variables: { feedItemId: post.id, commentBody: comment } });
      setComment('');
      setError(null);
      onChanged();
    } catch (err) {
      setError(serverMessage(err) ?? t('groups.post.commentFailed'));
    }
  };

  return (
    <article className={styles.card} data-testid="post">
      <div className={styles.row}>
        <strong>{post.createdBy.name}</strong>
        <span className={styles.muted}>{when(post.createdDate as string, i18n.language)}</span>
        {showGroup && <Link to={paths.group.getHref(post.group.id)} className={styles.muted}>{post.group.name}</Link>}
      </div>
      <p className={styles.body}>{post.body}</p>
      {post.linkUrl && <a href={post.linkUrl} target="_blank" rel="noopener noreferrer nofollow">{post.linkUrl}</a>}
      {post.attachments.map((f) =>
        f.contentType.startsWith('image/') ? (
          <a key={f.id} href={f.url} target="_blank" rel="noopener noreferrer"><img className={styles.thumb} src={f.url} alt={f.fileName} loading="lazy" /></a>
        ) : (
          <a key={f.id} href={f.url} download={f.fileName}>{t('groups.post.download', { name: f.fileName })}</a>
        ),
      )}
      {post.mentions.length > 0 && (
        <ul className={styles.chips} aria-label={t('groups.post.mentions')}>
          {post.mentions.map((m) => {
            const href = m.name ? recordHref(m.objectApiName, m.recordId) : null;
            const label = m.name ?? t('groups.post.hiddenRecord');
            return <li key={m.recordId} className={styles.chip}>{href ? <Link to={href}>{label}</Link> : label}</li>;
          })}
        </ul>
      )}
      {post.comments.length > 0 && (
        <ul className={styles.comments}>
          {post.comments.map((c) => (
            <li key={c.id}><strong>{c.createdBy.name}</strong> <span className={styles.body}>{c.commentBody}</span></li>
          ))}
        </ul>
      )}
      <form className={styles.row} onSubmit={submit}>
        <div className={styles.field} style={{ flex: '1 1 180px' }}>
          <input aria-label={t('groups.post.comment')} placeholder={t('groups.post.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <Button type="submit" variant="secondary" disabled={loading}>{t('groups.post.reply')}</Button>
        {post.canDelete && (
          <Button variant="ghost" onClick={async () => { if (window.confirm(t('groups.post.confirmDelete'))) { await deletePost({ variables: { id: post.id } }); onChanged(); } }}>
            {t('groups.post.delete')}
          </Button>
        )}
      </form>
      {error && <p className={styles.error}>{error}</p>}
    </article>
  );
}
