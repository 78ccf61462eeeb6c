import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { GroupFeedDocument, JoinGroupDocument, LeaveGroupDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import styles from '../components/groups.module.css';
import { AddMember } from '../components/add-member';
import { PostCard } from '../components/post-card';
import { PostComposer } from '../components/post-composer';

/** A group's feed: composer, posts with comments, join/leave and the member list. */
export function GroupRoute() {
  const { groupId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(GroupFeedDocument, { variables: { id: groupId, first: 30 } });
  const [join, joining] = useMutation(JoinGroupDocument);
  const [leave, leaving] = useMutation(LeaveGroupDocument);
  const g = data?.group;
  const reload = () => void refetch();

  if (!g) {
    return (
      <div className={layout.page}>
        {loading && <Spinner label={t('groups.loading')} showLabel />}
        {error && <Alert>{t('groups.feed.notFound')}</Alert>}
      </div>
    );
  }
  const actionError = joining.error ?? leaving.error;
  return (
    <div className={layout.page}>
      <Link to={paths.groups.getHref()}>{t('groups.feed.back')}</Link>
      <div className={layout.pageHeader}>
        <h1>{g.name}</h1>
        <Badge tone={g.collaborationType === 'Private' ? 'warning' : 'info'}>{t(`groups.type.${g.collaborationType}`)}</Badge>
        {!g.myRole && g.collaborationType === 'Public' && (
          <Button onClick={async () => { await join({ variables: { id: g.id } }).catch(() => {}); reload(); }} data-testid="join-group">{t('groups.feed.join')}</Button>
        )}
        {g.myRole && g.myRole !== 'Owner' && (
          <Button variant="secondary" onClick={async () => { await leave({ variables: { id: g.id } }).catch(() => {}); reload(); }}>{t('groups.feed.leave')}</Button>
        )}
      </div>
      {g.description && <p className={layout.lead}>{g.description}</p>}
      {actionError && <Alert>{serverMessage(actionError) ?? t('groups.feed.actionFailed')}</Alert>}
      {!g.canReadFeed ? (
        <Alert tone="info">{t('groups.feed.private')}</Alert>
      ) : (
        <div className={styles.layout}>
          <div className={layout.section}>
            {!g.isArchived && <PostComposer groupId={g.id} onPosted={reload} />}
            <div className={styles.list} data-testid="group-posts">
              {g.posts.length === 0 && <p className={layout.hint}>{t('groups.feed.empty')}</p>}
              {g.posts.map((p) => <PostCard key={p.id} post={p} onChanged={reload} />)}
            </div>
          </div>
          <aside className={layout.section} aria-labelledby="group-members" data-testid="group-members">
            <h2 id="group-members" className={layout.sectionHeading}>{t('groups.members', { count: g.memberCount })}</h2>
            <ul className={styles.list}>
              {g.members.map((m) => (
                <li key={m.id} className={styles.row}>{m.member.name} <Badge tone="neutral">{t(`groups.role.${m.role}`)}</Badge></li>
              ))}
            </ul>
            {(g.myRole === 'Owner' || g.myRole === 'Manager') && (
              <AddMember groupId={g.id} memberIds={g.members.map((m) => m.member.id)} onAdded={reload} />
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
