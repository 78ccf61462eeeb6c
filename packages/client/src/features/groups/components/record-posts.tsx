import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import layout from '@/components/ui/layout/layout.module.css';
import { RecordPostsDocument } from '@/gql/graphql';
import type { RecordRef } from '@/types/record-slots';

import styles from './groups.module.css';
import { PostCard } from './post-card';

/** The group posts that mention a record, for the record page's `renderPosts` slot. */
export function RecordPosts({ record }: { record: RecordRef }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RecordPostsDocument, { variables: { id: record.id }, fetchPolicy: 'cache-and-network' });
  const posts = data?.posts ?? [];
  return (
    <section className={layout.section} aria-labelledby="record-posts-heading" data-testid="record-posts">
      <h2 id="record-posts-heading" className={layout.sectionHeading}>{t('groups.recordPosts.heading')}</h2>
      {error && <p className={styles.error}>{t('groups.recordPosts.error')}</p>}
      {!error && data && posts.length === 0 && <p className={layout.hint}>{t('groups.recordPosts.empty')}</p>}
      <div className={styles.list}>
        {posts.map((p) => <PostCard key={p.id} post={p} onChanged={() => void refetch()} showGroup />)}
      </div>
    </section>
  );
}
